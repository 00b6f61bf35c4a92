package se.samverka.safeguarding;

import java.util.UUID;

/**
 * A volunteer was suspended. Published inside the suspending transaction, so that listeners withdraw the
 * volunteer's pending offers and asks at once; carries what the volunteer's e-mail needs, not the reason.
 */
public record VolunteerSuspended(UUID suspensionId, UUID volunteerId, String email, String locale) {}
