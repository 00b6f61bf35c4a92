package se.samverka.task;

import java.util.UUID;

/** A volunteer marked their task done; published inside that transaction. */
public record TaskCompleted(UUID assignmentId, UUID requestId, UUID volunteerId) {}
