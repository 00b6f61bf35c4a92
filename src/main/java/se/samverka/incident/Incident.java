package se.samverka.incident;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A reported problem. {@code requestId} and {@code volunteerId} name the help request and the volunteer it
 * concerns, if any; {@code reporterVolunteerId} the volunteer who reported it (null when a coordinator did).
 */
public record Incident(
        UUID id,
        IncidentKind kind,
        IncidentStatus status,
        String description,
        LocalDate occurredOn,
        UUID requestId,
        UUID volunteerId,
        UUID reporterVolunteerId,
        String reportedBy,
        boolean onBehalfOfResident,
        UUID feedbackId,
        String outcome,
        Instant reportedAt,
        String closedBy,
        Instant closedAt) {

    public boolean isClosed() {
        return status == IncidentStatus.CLOSED;
    }

    @Override
    public String toString() {
        return "Incident[" + id + ", " + kind + ", " + status + "]";
    }
}
