package se.samverka.task;

import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.samverka.helprequest.HelpRequests;
import se.samverka.volunteer.Volunteers;

/** Sends a due reminder, if the task is still the volunteer's: one event, one message (deduplicated by id). */
@Component
class ReminderSender {

    private final AssignmentRepository assignments;
    private final HelpRequests helpRequests;
    private final Volunteers volunteers;
    private final Assignments assignmentService;
    private final ApplicationEventPublisher events;

    ReminderSender(
            AssignmentRepository assignments,
            HelpRequests helpRequests,
            Volunteers volunteers,
            Assignments assignmentService,
            ApplicationEventPublisher events) {
        this.assignments = assignments;
        this.helpRequests = helpRequests;
        this.volunteers = volunteers;
        this.assignmentService = assignmentService;
        this.events = events;
    }

    @Transactional
    void send(String instanceId) {
        var parts = instanceId.split(":");
        var assignmentId = UUID.fromString(parts[0]);
        var when = parts[1];
        assignments.find(assignmentId).filter(Assignment::isActive).ifPresent(active -> {
            var request = helpRequests.find(active.requestId()).orElseThrow();
            volunteers
                    .find(active.volunteerId())
                    .ifPresent(v -> events.publishEvent(new TaskReminderDue(
                            assignmentId,
                            when,
                            v.id(),
                            v.email().value(),
                            v.locale(),
                            request.kind(),
                            assignmentService.districtName(request),
                            request.date(),
                            request.timeFrom(),
                            request.timeTo())));
        });
    }
}
