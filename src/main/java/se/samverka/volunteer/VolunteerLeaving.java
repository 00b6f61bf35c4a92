package se.samverka.volunteer;

import java.util.UUID;

/**
 * Published synchronously, inside the deleting transaction, just before a volunteer's data is removed, so
 * that other modules can hand back active tasks and remove what they hold about the volunteer.
 */
public record VolunteerLeaving(UUID volunteerId) {}
