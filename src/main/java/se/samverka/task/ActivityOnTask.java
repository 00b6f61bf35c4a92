package se.samverka.task;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import se.samverka.volunteer.VolunteerActivity;

/** Getting a task is a sign of life: it restarts the volunteer's inactivity clock of retention. */
@Component
class ActivityOnTask {

    private final VolunteerActivity activity;

    ActivityOnTask(VolunteerActivity activity) {
        this.activity = activity;
    }

    @ApplicationModuleListener
    void on(TaskAssigned event) {
        activity.record(event.volunteerId());
    }
}
