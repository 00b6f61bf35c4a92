package se.samverka.volunteer;

import java.util.UUID;

/**
 * Published synchronously, inside the changing transaction, when what decides whether a volunteer may be asked
 * changed: their profile, a pause, or the confirmation of their address.
 */
public record VolunteerProfileChanged(UUID volunteerId) {}
