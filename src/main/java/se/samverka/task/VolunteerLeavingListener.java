package se.samverka.task;

import java.time.Clock;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import se.samverka.callout.CalloutQueries;
import se.samverka.callout.SubjectType;
import se.samverka.helprequest.HelpRequests;
import se.samverka.volunteer.VolunteerLeaving;

/**
 * Runs inside the volunteer's deleting transaction: active tasks go back to the queue so no resident is left
 * waiting, and their name leaves the requests' history. Their asks go with the volunteer (foreign keys cascade).
 */
@Component
class VolunteerLeavingListener {

    /** Stands in the requests' history for a volunteer who has left. */
    static final String FORMER_VOLUNTEER = "Tidigare volontär / former volunteer";

    private final AssignmentRepository assignments;
    private final CalloutQueries calloutQueries;
    private final HelpRequests helpRequests;
    private final se.samverka.volunteer.Volunteers volunteers;
    private final Clock clock;

    VolunteerLeavingListener(
            AssignmentRepository assignments,
            CalloutQueries calloutQueries,
            HelpRequests helpRequests,
            se.samverka.volunteer.Volunteers volunteers,
            Clock clock) {
        this.volunteers = volunteers;
        this.assignments = assignments;
        this.calloutQueries = calloutQueries;
        this.helpRequests = helpRequests;
        this.clock = clock;
    }

    @EventListener
    void on(VolunteerLeaving event) {
        var now = clock.instant();
        for (var active : assignments.forVolunteer(event.volunteerId(), "ACTIVE", 1000)) {
            if (assignments.finish(active.id(), "RETURNED", now, null, null, "volunteer left")) {
                helpRequests.returnToQueue(active.requestId(), "system", "volunteer left");
            }
        }
        var touched = new java.util.HashSet<java.util.UUID>();
        assignments.requestIdsOf(event.volunteerId()).forEach(touched::add);
        // the requests' history names everyone a coordinator hand-picked
        touched.addAll(calloutQueries.subjectsAskedOf(event.volunteerId(), SubjectType.HELP_REQUEST));
        volunteers
                .find(event.volunteerId())
                .ifPresent(v -> helpRequests.anonymiseHistory(touched, v.name(), FORMER_VOLUNTEER));
    }
}
