package se.samverka.incident;

import java.time.Clock;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import se.samverka.helprequest.HelpRequests;
import se.samverka.task.TaskAssigned;
import se.samverka.task.TaskCompleted;
import se.samverka.volunteer.Volunteers;

/**
 * Keeps which volunteer had which task, inside the task module's transactions, so that the feedback page right after
 * 'done' and the report form know the task at once.
 */
@Component
class TaskListener {

    private final TaskRepository tasks;
    private final Clock clock;
    private final HelpRequests requests;
    private final Volunteers volunteers;

    TaskListener(TaskRepository tasks, Clock clock, HelpRequests requests, Volunteers volunteers) {
        this.tasks = tasks;
        this.clock = clock;
        this.requests = requests;
        this.volunteers = volunteers;
    }

    /** Only for a request and volunteer that exist: a listener in the task module's transaction must never break it. */
    @EventListener
    void on(TaskAssigned event) {
        if (requests.find(event.requestId()).isEmpty()
                || volunteers.find(event.volunteerId()).isEmpty()) {
            return;
        }
        tasks.insertIfNew(
                event.assignmentId(), event.requestId(), event.requestNumber(), event.volunteerId(), clock.instant());
    }

    @EventListener
    void on(TaskCompleted event) {
        tasks.done(event.assignmentId(), clock.instant());
    }
}
