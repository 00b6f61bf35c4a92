package se.samverka.safeguarding;

import java.util.UUID;

/** A volunteer's suspension was lifted: they may be offered tasks again. */
public record VolunteerSuspensionLifted(UUID suspensionId, UUID volunteerId, String email, String locale) {}
