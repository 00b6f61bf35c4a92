package se.samverka.task;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;
import se.samverka.shared.HelpKind;

/** Time to remind the assignee of a task: {@code when} is EVENING_BEFORE or SHORTLY_BEFORE. */
public record TaskReminderDue(
        UUID assignmentId,
        String when,
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
        return "TaskReminderDue[" + assignmentId + ", " + when + "]";
    }
}
