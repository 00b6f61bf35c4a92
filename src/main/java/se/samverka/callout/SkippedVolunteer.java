package se.samverka.callout;

import java.util.UUID;

/** A volunteer near the need who was not asked, and why. */
public record SkippedVolunteer(UUID volunteerId, SkipReason reason, int wave) {}
