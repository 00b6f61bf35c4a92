package se.samverka.incident;

import java.time.Instant;
import java.util.UUID;

/**
 * Feedback on a task. {@code rating} 1 to 5 may be null; {@code residentSaidNo} when the resident answered the
 * follow-up SMS that they were not helped. {@code incidentId} once an incident was opened from it.
 */
public record Feedback(
        UUID id,
        UUID requestId,
        FeedbackSource source,
        UUID assignmentId,
        UUID volunteerId,
        Integer rating,
        String text,
        boolean residentSaidNo,
        String givenBy,
        Instant givenAt,
        UUID incidentId) {

    /** Poor enough that the coordinators should consider an incident. */
    public boolean isPoor() {
        return residentSaidNo || (rating != null && rating <= 2);
    }

    @Override
    public String toString() {
        return "Feedback[" + id + ", " + source + "]";
    }
}
