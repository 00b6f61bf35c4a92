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

	private final AssignmentRepository assignments;
	private final OfferRepository offers;
	private final HelpRequests helpRequests;
	private final Clock clock;

	VolunteerLeavingListener(AssignmentRepository assignments, OfferRepository offers, HelpRequests helpRequests,
			Clock clock) {
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
	}
}
