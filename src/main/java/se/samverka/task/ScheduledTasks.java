package se.samverka.task;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.samverka.helprequest.HelpRequests;
import se.samverka.shared.HelpKind;

/**
 * A volunteer's active tasks as dates in a calendar: what kind of help, when and in which district, never the
 * resident's name, address or phone (a calendar feed leaves Samverka; "Mina uppdrag" shows the rest).
 */
@Service
public class ScheduledTasks {

    private final AssignmentRepository assignments;
    private final HelpRequests helpRequests;

    ScheduledTasks(AssignmentRepository assignments, HelpRequests helpRequests) {
        this.assignments = assignments;
        this.helpRequests = helpRequests;
    }

    /**
     * One active task on a day.
     *
     * @param assignmentId stays the same for the task's life, so a calendar can follow it
     * @param from null when the request names no time
     * @param to null when the request names no time
     */
    public record ScheduledTask(
            UUID assignmentId,
            long requestNumber,
            HelpKind kind,
            LocalDate date,
            LocalTime from,
            LocalTime to,
            String districtId) {}

    @Transactional(readOnly = true)
    public List<ScheduledTask> activeOf(UUID volunteerId) {
        return assignments.forVolunteer(volunteerId, "ACTIVE", 100).stream()
                .flatMap(a -> helpRequests.find(a.requestId()).stream()
                        .filter(r -> r.date() != null)
                        .map(r -> new ScheduledTask(
                                a.id(), r.number(), r.kind(), r.date(), r.timeFrom(), r.timeTo(), r.districtId())))
                .toList();
    }
}
