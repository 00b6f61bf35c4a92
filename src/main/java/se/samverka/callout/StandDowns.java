package se.samverka.callout;

import java.time.Instant;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import se.samverka.volunteer.Volunteers;

/** Ends a call-out: everyone asked who has not answered is told at once that they are not needed. */
@Component
class StandDowns {

    private final CalloutRepository repository;
    private final ContactLedger ledger;
    private final Volunteers volunteers;
    private final ApplicationEventPublisher events;

    StandDowns(
            CalloutRepository repository,
            ContactLedger ledger,
            Volunteers volunteers,
            ApplicationEventPublisher events) {
        this.repository = repository;
        this.ledger = ledger;
        this.volunteers = volunteers;
        this.events = events;
    }

    /** Ends the call-out if still active, within the caller's transaction. */
    void end(Callout callout, CalloutStatus status, String reason, Instant now) {
        end(callout, status, reason, now, null);
    }

    /**
     * As above; the ask {@code quietAskId} (one answering yes just as the need filled) is stood down without the
     * stand-down message: the caller thanks that volunteer instead, so they get one message, not two.
     */
    void end(Callout callout, CalloutStatus status, String reason, Instant now, java.util.UUID quietAskId) {
        if (!repository.end(callout.id(), status, reason, now)) {
            return;
        }
        for (var ask : repository.asks(callout.id())) {
            if (ask.id().equals(quietAskId)) {
                repository.answer(ask.id(), AskStatus.STOOD_DOWN, now);
                continue;
            }
            if (ask.status() == AskStatus.PENDING) {
                standDown(callout, ask, now, status == CalloutStatus.FILLED);
            }
        }
    }

    /**
     * Stands one pending ask down and tells the volunteer (the need was filled, or they are no longer needed); false
     * when it was answered or stood down meanwhile.
     */
    boolean standDown(Callout callout, CalloutAsk ask, Instant now, boolean filled) {
        if (!repository.answer(ask.id(), AskStatus.STOOD_DOWN, now)) {
            return false;
        }
        ledger.record(
                ask.volunteerId(), ContactEntry.STAND_DOWN, ask.channel().name(), ContactSource.CALLOUT, ask.id(), now);
        volunteers
                .find(ask.volunteerId())
                .ifPresent(v -> events.publishEvent(new CalloutStoodDown(
                        ask.id(),
                        v.id(),
                        ask.channel(),
                        v.email().value(),
                        v.phone() == null ? null : v.phone().e164(),
                        v.locale(),
                        callout.kind(),
                        callout.date(),
                        filled)));
        return true;
    }
}
