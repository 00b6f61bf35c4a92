package se.samverka.callout;

import java.time.Clock;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import se.samverka.safeguarding.VolunteerSuspended;

/**
 * Runs inside the suspending transaction: the volunteer's unanswered asks are withdrawn at once (stood down,
 * without the usual not-needed message: the volunteer gets the suspension e-mail instead), so a yes sent later
 * changes nothing.
 */
@Component
class AsksOnSuspension {

    private final CalloutRepository repository;
    private final ContactLedger ledger;
    private final Clock clock;

    AsksOnSuspension(CalloutRepository repository, ContactLedger ledger, Clock clock) {
        this.repository = repository;
        this.ledger = ledger;
        this.clock = clock;
    }

    @EventListener
    void on(VolunteerSuspended event) {
        var now = clock.instant();
        for (var ask : repository.pendingFor(event.volunteerId())) {
            if (repository.answer(ask.id(), AskStatus.STOOD_DOWN, now)) {
                ledger.record(
                        ask.volunteerId(),
                        ContactEntry.STAND_DOWN,
                        ask.channel().name(),
                        ContactSource.CALLOUT,
                        ask.id(),
                        now);
            }
        }
    }
}
