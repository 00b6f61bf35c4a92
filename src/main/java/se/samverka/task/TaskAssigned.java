package se.samverka.task;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;
import se.samverka.shared.HelpKind;

/** A volunteer got a task, by accepting an offer or directly from a coordinator. */
public record TaskAssigned(
        UUID assignmentId,
        UUID requestId,
        long requestNumber,
        UUID volunteerId,
        String email,
        String locale,
        HelpKind kind,
        String districtName,
        LocalDate date,
        LocalTime timeFrom,
        LocalTime timeTo) {

    @Override
    public String toString() {
        return "TaskAssigned[" + assignmentId + "]";
    }
}
