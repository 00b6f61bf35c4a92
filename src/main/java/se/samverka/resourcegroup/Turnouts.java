package se.samverka.resourcegroup;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.samverka.callout.AnswerTokens;
import se.samverka.volunteer.ContactChannel;
import se.samverka.volunteer.Volunteers;

/**
 * The roll of group call-outs: a place for each member who says yes (what the engine fills, through
 * {@link GroupCalloutTarget}), and the times they report. Apart from {@link GroupCallouts} because the engine needs this
 * side while that side needs the engine.
 */
@Component
class Turnouts {

    private final GroupCalloutRepository repository;
    private final Volunteers volunteers;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Turnouts(GroupCalloutRepository repository, Volunteers volunteers, ApplicationEventPublisher events, Clock clock) {
        this.repository = repository;
        this.volunteers = volunteers;
        this.events = events;
        this.clock = clock;
    }

    /** The engine's yes: a place on the roll while the call-out is open and places are left. */
    @Transactional
    boolean fill(UUID calloutId, UUID volunteerId) {
        var callout = repository.lock(calloutId).orElse(null);
        if (callout == null || !callout.open() || repository.turnoutCount(calloutId) >= callout.peopleNeeded()) {
            return false;
        }
        var token = AnswerTokens.newToken();
        if (!repository.insertTurnout(calloutId, volunteerId, AnswerTokens.hash(token), clock.instant())) {
            return false;
        }
        volunteers.find(volunteerId).ifPresent(v -> {
            var sms = v.contactChannel() == ContactChannel.SMS && v.phone() != null;
            events.publishEvent(new TurnoutConfirmed(
                    calloutId,
                    volunteerId,
                    v.email().value(),
                    sms ? v.phone().e164() : null,
                    v.locale(),
                    token,
                    callout.title(),
                    callout.date(),
                    callout.from(),
                    callout.to()));
        });
        return true;
    }

    @Transactional(readOnly = true)
    boolean isOpen(UUID calloutId) {
        return repository
                .find(calloutId)
                .map(c -> c.open() && repository.turnoutCount(calloutId) < c.peopleNeeded())
                .orElse(false);
    }

    /**
     * Records the step for a member on the roll (on the way, there, done), once: a second press keeps the first time.
     * Returns false when the step does not follow (done before there, or not on the roll).
     */
    @Transactional
    boolean record(UUID calloutId, UUID volunteerId, Step step) {
        var turnout = repository.turnout(calloutId, volunteerId).orElse(null);
        if (turnout == null || (step == Step.CHECK_OUT && turnout.checkedInAt() == null)) {
            return false;
        }
        repository.record(calloutId, volunteerId, step, clock.instant());
        return true;
    }

    /** The call-out and member a roll link opens. */
    @Transactional(readOnly = true)
    Optional<UUID[]> byToken(String token) {
        if (token == null || token.length() > 100) {
            return Optional.empty();
        }
        return repository.byToken(AnswerTokens.hash(token));
    }

    @Transactional(readOnly = true)
    Optional<GroupCallout> find(UUID calloutId) {
        return repository.find(calloutId);
    }

    @Transactional(readOnly = true)
    Optional<Turnout> turnout(UUID calloutId, UUID volunteerId) {
        return repository.turnout(calloutId, volunteerId);
    }
}
