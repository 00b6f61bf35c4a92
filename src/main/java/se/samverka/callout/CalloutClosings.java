package se.samverka.callout;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.samverka.volunteer.AskFrequency;
import se.samverka.volunteer.Volunteers;

/**
 * What the side that owns a need tells the call-outs: it was filled another way, it went away, or it is over and
 * everyone who helped is thanked. Needs no {@link CalloutTarget}, so a target may call it without a cycle.
 */
@Service
public class CalloutClosings {

    private final CalloutRepository repository;
    private final CalloutReads reads;
    private final StandDowns standDowns;
    private final ContactLedger ledger;
    private final Volunteers volunteers;
    private final ApplicationEventPublisher events;
    private final ObjectProvider<EngagedVolunteers> others;
    private final Clock clock;

    CalloutClosings(
            CalloutRepository repository,
            CalloutReads reads,
            StandDowns standDowns,
            ContactLedger ledger,
            Volunteers volunteers,
            ApplicationEventPublisher events,
            ObjectProvider<EngagedVolunteers> others,
            Clock clock) {
        this.repository = repository;
        this.reads = reads;
        this.standDowns = standDowns;
        this.ledger = ledger;
        this.volunteers = volunteers;
        this.events = events;
        this.others = others;
        this.clock = clock;
    }

    /** The need was filled another way (a coordinator assigned someone): stand down everyone still asked. */
    @Transactional
    public void subjectFilled(SubjectType type, UUID subjectId) {
        repository
                .active(type, subjectId)
                .flatMap(c -> repository.lock(c.id()))
                .filter(Callout::isActive)
                .ifPresent(c -> standDowns.end(c, CalloutStatus.FILLED, "FILLED_ELSEWHERE", clock.instant()));
    }

    /** The need went away (the request was closed or cancelled): stop and stand down everyone still asked. */
    @Transactional
    public void subjectClosed(SubjectType type, UUID subjectId) {
        repository
                .active(type, subjectId)
                .flatMap(c -> repository.lock(c.id()))
                .filter(Callout::isActive)
                .ifPresent(c -> standDowns.end(c, CalloutStatus.STOPPED, "CLOSED", clock.instant()));
    }

    /**
     * The need, effort or crisis is over: thanks every volunteer who said yes to a call-out for it, once.
     * Returns how many were thanked.
     */
    @Transactional
    public int thankEveryone(SubjectType type, UUID subjectId, String title) {
        var now = clock.instant();
        var thanked = 0;
        for (var volunteerId : reads.acceptedFor(type, subjectId)) {
            var volunteer = volunteers.find(volunteerId);
            if (volunteer.isPresent()
                    && ledger.record(
                            volunteerId, ContactEntry.THANKS, "EMAIL", ContactSource.CALLOUT, subjectId, now)) {
                var v = volunteer.get();
                events.publishEvent(
                        new VolunteerThanked(subjectId, volunteerId, v.email().value(), v.locale(), title));
                thanked++;
            }
        }
        return thanked;
    }

    /**
     * What thanking everyone asked during a crisis did: how many were thanked now, and the mobile numbers (E.164) of
     * everyone asked, thanked now or before, so that the crisis thanks none of them a second time as a spontaneous
     * volunteer who signed up with the same number.
     */
    public record CrisisThanks(int thanked, Set<String> phones) {

        public CrisisThanks {
            phones = Set.copyOf(phones);
        }
    }

    /**
     * A crisis is over: thanks every volunteer engaged while it ran, once per crisis (the contact ledger's THANKS entry
     * for the crisis and the outbox's dedupe key both say so): everyone asked (whatever they answered) and everyone
     * the other modules saw working ({@link EngagedVolunteers}: shifts, tasks given by hand).
     */
    @Transactional
    public CrisisThanks thankEveryoneEngagedBetween(UUID crisisId, Instant from, Instant to, String title) {
        var now = clock.instant();
        var thanked = 0;
        var phones = new HashSet<String>();
        var engaged = new LinkedHashSet<UUID>(reads.askedBetween(from, to));
        others.orderedStream().forEach(module -> engaged.addAll(module.engagedBetween(from, to)));
        for (var volunteerId : engaged) {
            var volunteer = volunteers.find(volunteerId);
            if (volunteer.isEmpty()) {
                continue;
            }
            var v = volunteer.get();
            if (v.phone() != null) {
                phones.add(v.phone().e164());
            }
            if (ledger.record(volunteerId, ContactEntry.THANKS, "EMAIL", ContactSource.CALLOUT, crisisId, now)) {
                events.publishEvent(
                        new VolunteerThanked(crisisId, volunteerId, v.email().value(), v.locale(), title));
                thanked++;
            }
        }
        return new CrisisThanks(thanked, phones);
    }

    /**
     * A crisis is over: volunteers who may be asked only in a crisis are no longer askable, so each of their asks still
     * open is stood down and they are told they are not needed (every ask ends with an answer or a stand-down). Other
     * volunteers' asks stay open: their needs may still be there.
     *
     * @return how many asks were stood down
     */
    @Transactional
    public int standDownCrisisOnlyAsks() {
        var now = clock.instant();
        var stoodDown = 0;
        for (var volunteerId : reads.waitingForAnswer()) {
            var volunteer = volunteers.find(volunteerId);
            if (volunteer.isEmpty() || volunteer.get().askFrequency() != AskFrequency.ONLY_IN_CRISIS) {
                continue;
            }
            for (var ask : repository.pendingFor(volunteerId)) {
                var callout = repository.find(ask.calloutId()).orElseThrow();
                if (standDowns.standDown(callout, ask, now, false)) {
                    stoodDown++;
                }
            }
        }
        return stoodDown;
    }
}
