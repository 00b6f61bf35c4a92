package se.samverka.crisis;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.samverka.callout.CalloutClosings;
import se.samverka.helpkind.HelpKindCommands;

/**
 * Crisis mode: start a crisis, end it, and know whether one runs. Only one runs at a time (the database says so too).
 * The instant of a start or end is the caller's, so a test can drive a crisis with a clock of its own.
 */
@Service
public class Crises {

    private final CrisisRepository repository;
    private final SpontaneousRepository spontaneous;
    private final CurrentCrisis current;
    private final CalloutClosings closings;
    private final ApplicationEventPublisher events;
    private final HelpKindCommands kinds;

    Crises(
            CrisisRepository repository,
            SpontaneousRepository spontaneous,
            CurrentCrisis current,
            CalloutClosings closings,
            HelpKindCommands kinds,
            ApplicationEventPublisher events) {
        this.kinds = kinds;
        this.repository = repository;
        this.spontaneous = spontaneous;
        this.current = current;
        this.closings = closings;
        this.events = events;
    }

    /** The running crisis, if any; cached, cheap enough for every page. */
    public Optional<Crisis> current() {
        return current.get();
    }

    /** The running crisis read from the database, not the cache. */
    @Transactional(readOnly = true)
    Optional<Crisis> running() {
        return repository.running();
    }

    @Transactional(readOnly = true)
    List<Crisis> latest() {
        return repository.latest(10);
    }

    /**
     * Starts a crisis.
     *
     * @throws AlreadyRunning when one runs already (also when two admins start one at the same moment)
     */
    @Transactional
    Crisis start(CrisisPlan plan, String by) {
        if (repository.running().isPresent()) {
            throw new AlreadyRunning();
        }
        var crisis = new Crisis(
                UUID.randomUUID(),
                plan.name().strip(),
                plan.kind(),
                plan.districtIds(),
                plan.publicMessage().strip(),
                plan.phone().strip(),
                plan.startedAt(),
                plan.expectedHours(),
                plan.contactBudgetRaise(),
                by,
                null,
                null);
        current.clearAfterCommit();
        try {
            repository.insert(crisis);
        } catch (DuplicateKeyException e) {
            throw new AlreadyRunning();
        }
        kinds.offerCrisisKinds(true);
        events.publishEvent(new CrisisStarted(crisis.id(), crisis.name()));
        return crisis;
    }

    /**
     * Ends the crisis: the open asks of volunteers who may be asked only in a crisis are stood down; every volunteer
     * engaged while it ran (asked, on a shift, given a task) and every spontaneous volunteer who signed up for it is
     * thanked once (a volunteer engaged who also signed up with the same mobile number is thanked once, as the
     * volunteer). Ending a crisis that has ended already changes nothing and thanks no one.
     *
     * @return whether this call ended it
     */
    @Transactional
    public boolean end(UUID crisisId, String by, Instant at) {
        var crisis = repository.find(crisisId).orElse(null);
        if (crisis == null || !crisis.running() || !repository.end(crisisId, by, at)) {
            return false;
        }
        current.clearAfterCommit();
        kinds.offerCrisisKinds(false);
        closings.standDownCrisisOnlyAsks();
        var asked = closings.thankEveryoneEngagedBetween(crisisId, crisis.startedAt(), at, crisis.name());
        var thanked = 0;
        for (var person : spontaneous.phonesOf(crisisId)) {
            // a registered volunteer asked while it ran who also signed up on the surge form is one person: thanked
            // once, as the volunteer
            if (asked.phones().contains(person.getKey())) {
                continue;
            }
            if (repository.recordThanks(crisisId, person.getKey(), at)) {
                events.publishEvent(
                        new SpontaneousVolunteerThanked(crisisId, crisis.name(), person.getKey(), person.getValue()));
                thanked++;
            }
        }
        events.publishEvent(new CrisisEnded(crisisId, crisis.name(), asked.thanked(), thanked));
        return true;
    }

    /** Another crisis runs already: end it first. */
    static class AlreadyRunning extends RuntimeException {
        AlreadyRunning() {
            super("A crisis runs already");
        }
    }
}
