package se.samverka.matching;

import java.time.Clock;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import se.samverka.helprequest.HelpRequests;
import se.samverka.volunteer.VolunteerLeaving;

/**
 * Runs inside the volunteer's deleting transaction: active tasks go back to the queue so no resident is left
 * waiting, and pending offers are withdrawn. The rows themselves go with the volunteer (foreign keys cascade).
 */
@Component
class VolunteerLeavingListener {

    /** Stands in the requests' history for a volunteer who has left. */
    static final String FORMER_VOLUNTEER = "Tidigare volontär / former volunteer";

    private final AssignmentRepository assignments;
    private final OfferRepository offers;
    private final HelpRequests helpRequests;
    private final se.samverka.volunteer.Volunteers volunteers;
    private final Clock clock;

    VolunteerLeavingListener(
            AssignmentRepository assignments,
            OfferRepository offers,
            HelpRequests helpRequests,
            se.samverka.volunteer.Volunteers volunteers,
            Clock clock) {
        this.volunteers = volunteers;
        this.assignments = assignments;
        this.offers = offers;
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
        offers.pendingFor(event.volunteerId()).forEach(o -> offers.answer(o.id(), OfferStatus.WITHDRAWN, now));
        var touched = new java.util.HashSet<java.util.UUID>();
        assignments.requestIdsOf(event.volunteerId()).forEach(touched::add);
        offers.requestIdsOf(event.volunteerId()).forEach(touched::add);
        volunteers
                .find(event.volunteerId())
                .ifPresent(v -> helpRequests.anonymiseHistory(touched, v.name(), FORMER_VOLUNTEER));
    }
}
