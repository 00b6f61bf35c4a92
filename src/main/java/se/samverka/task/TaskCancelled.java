package se.samverka.task;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;
import se.samverka.shared.HelpKind;

/** A coordinator closed a request that a volunteer had taken: the volunteer must be told not to go. */
public record TaskCancelled(
        UUID assignmentId,
        UUID volunteerId,
        String email,
        String locale,
        HelpKind kind,
        LocalDate date,
        LocalTime timeFrom) {

    @Override
    public String toString() {
        return "TaskCancelled[" + assignmentId + "]";
    }
}
