package se.samverka.callout;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import se.samverka.volunteer.VolunteerActivity;

/** Answering an ask, yes or no, is a sign of life: it restarts the volunteer's inactivity clock of retention. */
@Component
class ActivityOnAnswer {

    private final VolunteerActivity activity;

    ActivityOnAnswer(VolunteerActivity activity) {
        this.activity = activity;
    }

    @ApplicationModuleListener
    void on(CalloutAnswered event) {
        activity.record(event.volunteerId());
    }
}
