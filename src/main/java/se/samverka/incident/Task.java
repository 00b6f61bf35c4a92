package se.samverka.incident;

import java.time.Instant;
import java.util.UUID;

/** A volunteer's task as this module knows it from the task module's events. */
public record Task(
        UUID assignmentId, UUID requestId, long requestNumber, UUID volunteerId, Instant assignedAt, Instant doneAt) {

    public boolean isDone() {
        return doneAt != null;
    }
}
