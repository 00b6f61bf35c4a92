package se.samverka.callout;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import se.samverka.callout.Callouts.AlreadyActive;
import se.samverka.callout.Callouts.HandPicked;
import se.samverka.callout.Callouts.NotOpen;
import se.samverka.callout.Callouts.Start;

/**
 * Starting a call-out, within the caller's transaction: an ordinary one sends its first wave at once, a hand-picked
 * one asks the chosen volunteers whom the contact rules let be asked. A need has at most one active call-out.
 */
@Component
class CalloutStarts {

    private final CalloutRepository repository;
    private final WaveRunner waveRunner;
    private final ContactLedger ledger;
    private final CalloutTargets targets;
    private final CalloutProperties properties;
    private final Clock clock;

    CalloutStarts(
            CalloutRepository repository,
            WaveRunner waveRunner,
            ContactLedger ledger,
            CalloutTargets targets,
            CalloutProperties properties,
            Clock clock) {
        this.repository = repository;
        this.waveRunner = waveRunner;
        this.ledger = ledger;
        this.targets = targets;
        this.properties = properties;
        this.clock = clock;
    }

    /** Starts the call-out and sends its first wave. */
    UUID start(Start start) {
        var factor = start.factor() == null ? properties.factor() : start.factor();
        var id = create(start, factor, 0, false);
        waveRunner.run(id);
        return id;
    }

    /** See {@link Callouts#askChosen(Start, Collection, boolean)}. */
    HandPicked askChosen(Start start, Collection<UUID> volunteerIds, boolean membersOfGroup) {
        ledger.lockForAsking();
        ensureStartable(start);
        var checked = waveRunner.check(start.need(), new LinkedHashSet<>(volunteerIds), membersOfGroup);
        var toAsk = new ArrayList<UUID>();
        var heldBack = new LinkedHashMap<UUID, SkipReason>();
        var counts = new EnumMap<SkipReason, Integer>(SkipReason.class);
        checked.forEach((id, reason) -> {
            if (reason == null) {
                toAsk.add(id);
            } else {
                heldBack.put(id, reason);
                counts.merge(reason, 1, Integer::sum);
            }
        });
        if (toAsk.isEmpty()) {
            return new HandPicked(null, List.of(), heldBack);
        }
        var extra = Math.max(0, toAsk.size() - start.need().peopleNeeded());
        var id = create(start, 1, extra, true);
        var asked = waveRunner.runChosen(id, toAsk, counts);
        return new HandPicked(id, asked, heldBack);
    }

    private void ensureStartable(Start start) {
        repository.active(start.subjectType(), start.subjectId()).ifPresent(c -> {
            throw new AlreadyActive(c.id());
        });
        var target = targets.get(start.subjectType());
        if (target == null || !target.isOpen(start.subjectId())) {
            throw new NotOpen();
        }
    }

    private UUID create(Start start, int factor, int extraAsks, boolean handPicked) {
        // the lock every wave takes anyway, taken first: two instances starting the same need at once are served one
        // after the other, so the second sees the first's call-out instead of failing on its unique key (on
        // PostgreSQL that failure spoils the transaction, and the lookup below could not run)
        ledger.lockForAsking();
        ensureStartable(start);
        var id = UUID.randomUUID();
        try {
            repository.insert(id, start, factor, extraAsks, handPicked, clock.instant());
        } catch (DuplicateKeyException e) {
            throw new AlreadyActive(repository
                    .active(start.subjectType(), start.subjectId())
                    .map(Callout::id)
                    .orElse(null));
        }
        return id;
    }
}
