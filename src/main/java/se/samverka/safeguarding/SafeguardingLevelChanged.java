package se.samverka.safeguarding;

import java.util.UUID;

/** Published synchronously, inside the changing transaction, when a check or the pledge was recorded. */
public record SafeguardingLevelChanged(UUID volunteerId) {}
