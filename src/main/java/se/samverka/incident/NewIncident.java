package se.samverka.incident;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A report as it comes in. {@code reporterVolunteerId} is set when a volunteer reports; {@code reportedBy} is the
 * reporter's user name. Request, volunteer and feedback are optional.
 */
public record NewIncident(
        IncidentKind kind,
        String description,
        LocalDate occurredOn,
        UUID requestId,
        UUID volunteerId,
        UUID reporterVolunteerId,
        String reportedBy,
        boolean onBehalfOfResident,
        UUID feedbackId) {}
