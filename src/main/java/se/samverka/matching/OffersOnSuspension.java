package se.samverka.matching;

import java.time.Clock;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import se.samverka.safeguarding.VolunteerSuspended;

/**
 * Runs inside the suspending transaction: the volunteer's pending offers are withdrawn at once, so no link in an
 * e-mail already sent can give them a task. Active tasks stay with the coordinator to decide.
 */
@Component
class OffersOnSuspension {

    private final OfferRepository offers;
    private final Clock clock;

    OffersOnSuspension(OfferRepository offers, Clock clock) {
        this.offers = offers;
        this.clock = clock;
    }

    @EventListener
    void on(VolunteerSuspended event) {
        var now = clock.instant();
        offers.pendingFor(event.volunteerId()).forEach(o -> offers.answer(o.id(), OfferStatus.WITHDRAWN, now));
    }
}
