package se.samverka.incident;

import java.time.Clock;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import se.samverka.matching.TaskAssigned;
import se.samverka.matching.TaskCompleted;

/**
 * Keeps which volunteer had which task, inside matching's transactions, so that the feedback page right after
 * 'done' and the report form know the task at once.
 */
@Component
class TaskListener {

    private final TaskRepository tasks;
    private final Clock clock;

    TaskListener(TaskRepository tasks, Clock clock) {
        this.tasks = tasks;
        this.clock = clock;
    }

    @EventListener
    void on(TaskAssigned event) {
        tasks.insertIfNew(
                event.assignmentId(), event.requestId(), event.requestNumber(), event.volunteerId(), clock.instant());
    }

    @EventListener
    void on(TaskCompleted event) {
        tasks.done(event.assignmentId(), clock.instant());
    }
}
