package se.samverka.callout;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import se.samverka.safeguarding.Safeguarding;
import se.samverka.shared.NotFoundException;
import se.samverka.volunteer.Volunteers;

/**
 * A volunteer's answer to an ask. A yes fills the need through its {@link CalloutTarget}; a no sends the next wave
 * at once; a late yes is thanked. Safe to call twice.
 */
@Service
public class CalloutAnswers {

    private static final Logger log = LoggerFactory.getLogger(CalloutAnswers.class);

    private final CalloutRepository repository;
    private final WaveRunner waveRunner;
    private final StandDowns standDowns;
    private final ContactLedger ledger;
    private final Volunteers volunteers;
    private final CalloutTargets targets;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final Safeguarding safeguarding;
    private final Clock clock;
    private final AskingGate gate;

    CalloutAnswers(
            CalloutRepository repository,
            WaveRunner waveRunner,
            StandDowns standDowns,
            ContactLedger ledger,
            Volunteers volunteers,
            CalloutTargets targets,
            ApplicationEventPublisher events,
            PlatformTransactionManager transactionManager,
            Safeguarding safeguarding,
            Clock clock,
            AskingGate gate) {
        this.repository = repository;
        this.waveRunner = waveRunner;
        this.standDowns = standDowns;
        this.ledger = ledger;
        this.volunteers = volunteers;
        this.targets = targets;
        this.events = events;
        this.transaction = new TransactionTemplate(transactionManager);
        this.safeguarding = safeguarding;
        this.clock = clock;
        this.gate = gate;
    }

    /**
     * A volunteer answers an ask. A yes gets the place while the need is open; after it was filled or stopped
     * the volunteer is thanked instead. Safe to call twice: the second answer changes nothing.
     */
    public AnswerResult answer(UUID askId, boolean yes) {
        return gate.through(() -> answerInTurn(askId, yes));
    }

    private AnswerResult answerInTurn(UUID askId, boolean yes) {
        try {
            return transaction.execute(status -> answerLocked(askId, yes));
        } catch (DataAccessException | IllegalStateException e) {
            if (!yes) {
                throw e;
            }
            // someone else got the place between our check and the target's unique key: the need is filled
            log.debug("Place taken while answering {}: {}", askId, e.toString());
            return transaction.execute(status -> notNeeded(askId, true));
        }
    }

    private AnswerResult answerLocked(UUID askId, boolean yes) {
        // the same lock order as a wave (contact lock, then the call-out): a no can send the next wave at once
        ledger.lockForAsking();
        var first = repository.ask(askId).orElseThrow(() -> new NotFoundException("Ask"));
        var callout = repository.lock(first.calloutId()).orElseThrow();
        var ask = repository.ask(askId).orElseThrow();
        var now = clock.instant();
        if (yes && safeguarding.levelOf(ask.volunteerId(), now) == Safeguarding.SUSPENDED) {
            // suspended: their asks were withdrawn; a yes gets nothing, not even the late-reply thanks
            repository.answer(askId, AskStatus.STOOD_DOWN, now);
            return AnswerResult.NOT_NEEDED;
        }
        if (ask.status() == AskStatus.STOOD_DOWN) {
            return lateAnswer(ask, yes, now, true);
        }
        if (ask.status() != AskStatus.PENDING) {
            return AnswerResult.ALREADY_ANSWERED;
        }
        if (!yes) {
            repository.answer(askId, AskStatus.DECLINED, now);
            ledger.record(ask.volunteerId(), ContactEntry.NO, ask.channel().name(), ContactSource.CALLOUT, askId, now);
            publishAnswered(ask, callout, AnswerResult.DECLINED, false);
            if (callout.isActive() && !callout.handPicked()) {
                // we promise to ask someone else: do it now rather than after the wave interval
                waveRunner.run(callout.id());
            } else if (callout.isActive() && repository.pendingAsks(callout.id()) == 0) {
                // everyone the coordinator chose said no: the call-out is over, and the need is back with them
                standDowns.end(callout, CalloutStatus.STOPPED, "NOBODY_LEFT", now);
            }
            return AnswerResult.DECLINED;
        }
        if (!callout.isActive() || !targets.of(callout).fill(callout.subjectId(), ask.volunteerId())) {
            return notNeeded(askId, true);
        }
        repository.answer(askId, AskStatus.ACCEPTED, now);
        ledger.record(ask.volunteerId(), ContactEntry.YES, ask.channel().name(), ContactSource.CALLOUT, askId, now);
        var accepted = callout.accepted() + 1;
        repository.accepted(callout.id(), accepted);
        publishAnswered(ask, callout, AnswerResult.ACCEPTED, false);
        if (accepted >= callout.peopleNeeded()) {
            standDowns.end(callout, CalloutStatus.FILLED, "FILLED", now);
        }
        return AnswerResult.ACCEPTED;
    }

    /**
     * The need has no place left (filled elsewhere or closed): end the call-out and thank this volunteer. Their own
     * ask is stood down without the stand-down message, so the thank-you is the only one they get.
     */
    private AnswerResult notNeeded(UUID askId, boolean yes) {
        var ask = repository.ask(askId).orElseThrow();
        var callout = repository.lock(ask.calloutId()).orElseThrow();
        var now = clock.instant();
        var quietly = callout.isActive() && repository.ask(askId).orElseThrow().status() == AskStatus.PENDING;
        if (callout.isActive()) {
            standDowns.end(callout, CalloutStatus.FILLED, "FILLED_ELSEWHERE", now, quietly ? askId : null);
        }
        return lateAnswer(repository.ask(askId).orElseThrow(), yes, now, !quietly);
    }

    /** An answer after the volunteer was stood down: a yes gets a polite thank-you, it is already filled. */
    private AnswerResult lateAnswer(CalloutAsk ask, boolean yes, Instant now, boolean toldBefore) {
        if (ask.status() != AskStatus.STOOD_DOWN) {
            return AnswerResult.ALREADY_ANSWERED;
        }
        if (yes
                && ledger.record(
                        ask.volunteerId(),
                        ContactEntry.LATE_REPLY,
                        ask.channel().name(),
                        ContactSource.CALLOUT,
                        ask.id(),
                        now)) {
            var callout = repository.find(ask.calloutId()).orElseThrow();
            publishAnswered(ask, callout, AnswerResult.NOT_NEEDED, toldBefore);
        }
        return AnswerResult.NOT_NEEDED;
    }

    private void publishAnswered(CalloutAsk ask, Callout callout, AnswerResult result, boolean toldBefore) {
        volunteers
                .find(ask.volunteerId())
                .ifPresent(v -> events.publishEvent(new CalloutAnswered(
                        ask.id(),
                        v.id(),
                        ask.channel(),
                        v.email().value(),
                        v.phone() == null ? null : v.phone().e164(),
                        v.locale(),
                        callout.kind(),
                        callout.date(),
                        result,
                        toldBefore)));
    }
}
