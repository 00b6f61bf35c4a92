package se.samverka.callout;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.samverka.shared.NotFoundException;

/**
 * Call-outs: a confirmed need, and the few well-chosen volunteers asked for it, wave by wave, until it is
 * filled. Everyone asked and not needed is told so at once. Every ask, answer and stand-down goes into the
 * {@link ContactLedger}, and the ledger decides who still has budget left. The commands that reach the need
 * through its {@link CalloutTarget}; {@link CalloutClosings} holds those the need's side calls, and
 * {@link CalloutQueries} what there is to read.
 */
@Service
public class Callouts {

    private static final Logger log = LoggerFactory.getLogger(Callouts.class);

    private final CalloutRepository repository;
    private final WaveRunner waveRunner;
    private final StandDowns standDowns;
    private final ContactLedger ledger;
    private final CalloutTargets targets;
    private final CalloutProperties properties;
    private final Clock clock;

    Callouts(
            CalloutRepository repository,
            WaveRunner waveRunner,
            StandDowns standDowns,
            ContactLedger ledger,
            CalloutTargets targets,
            CalloutProperties properties,
            Clock clock) {
        this.repository = repository;
        this.waveRunner = waveRunner;
        this.standDowns = standDowns;
        this.ledger = ledger;
        this.targets = targets;
        this.properties = properties;
        this.clock = clock;
    }

    /** A need to start a call-out for; {@code factor} null means the configured one. */
    public record Start(
            SubjectType subjectType,
            UUID subjectId,
            String title,
            Need need,
            Urgency urgency,
            Integer factor,
            String startedBy) {}

    /** Thrown when the need already has an active call-out. */
    public static class AlreadyActive extends RuntimeException {

        private final UUID calloutId;

        AlreadyActive(UUID calloutId) {
            super("A call-out is already active: " + calloutId);
            this.calloutId = calloutId;
        }

        public UUID calloutId() {
            return calloutId;
        }
    }

    /** Thrown when the need is no longer open (already taken or closed): there is nobody to ask for. */
    public static class NotOpen extends IllegalStateException {

        NotOpen() {
            super("The need is not open");
        }
    }

    /** Starts the call-out and sends its first wave at once. */
    @Transactional
    public UUID start(Start start) {
        var factor = start.factor() == null ? properties.factor() : start.factor();
        var id = create(start, factor, 0, false);
        waveRunner.run(id);
        return id;
    }

    /**
     * What a hand-picked call-out did: its id (null when the rules let none of the chosen be asked, and so none
     * was started), whom it asked, and the rule each of the others fails.
     */
    public record HandPicked(UUID calloutId, List<UUID> asked, Map<UUID, SkipReason> heldBack) {}

    /**
     * "Ask these volunteers": a call-out whose one wave asks exactly the chosen volunteers whom the contact rules
     * let be asked now (the same rules as every wave: a volunteer in quiet hours or without budget left is held
     * back, with the reason), and no wave after it. Answers go through {@link CalloutAnswers} and the first yes
     * fills the need through its {@link CalloutTarget}, as in any call-out. Throws {@link AlreadyActive} and
     * {@link NotOpen} as {@link #start} does.
     */
    @Transactional
    public HandPicked askChosen(Start start, Collection<UUID> volunteerIds) {
        return askChosen(start, volunteerIds, false);
    }

    /**
     * As {@link #askChosen(Start, Collection)}; when {@code membersOfGroup}, the chosen are a trained group's members,
     * asked whatever kinds of help they offer and wherever they help (their training is what qualifies them), so the
     * kind and district rules are left out; every other rule (safeguarding, availability, language, pause, budget,
     * quiet hours) holds as for any ask.
     */
    @Transactional
    public HandPicked askChosen(Start start, Collection<UUID> volunteerIds, boolean membersOfGroup) {
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
        var need = start.need();
        var id = UUID.randomUUID();
        try {
            repository.insert(new Callout(
                    id,
                    start.subjectType(),
                    start.subjectId(),
                    start.title(),
                    need.kind(),
                    need.districtId(),
                    need.date(),
                    need.from(),
                    need.to(),
                    need.language(),
                    need.peopleNeeded(),
                    0,
                    factor,
                    extraAsks,
                    false,
                    start.urgency(),
                    CalloutStatus.ACTIVE,
                    0,
                    start.startedBy(),
                    clock.instant(),
                    null,
                    null,
                    need.safeguardingLevel(),
                    handPicked));
        } catch (DuplicateKeyException e) {
            throw new AlreadyActive(repository
                    .active(start.subjectType(), start.subjectId())
                    .map(Callout::id)
                    .orElse(null));
        }
        return id;
    }

    /**
     * Sends the next wave if the call-out is still active and may ask more: the people still needed times the
     * wave size of its urgency, within the call-out's ask limit, chosen by the contact rules.
     * Plans the wave after it. Returns how many were asked.
     */
    @Transactional
    public int runWave(UUID calloutId) {
        return waveRunner.run(calloutId);
    }

    /** Stops the call-out; everyone who has not answered is told they are not needed. */
    @Transactional
    public void stop(UUID calloutId, String actor) {
        var callout = repository.lock(calloutId).orElseThrow(() -> new NotFoundException("Call-out"));
        if (callout.isActive()) {
            log.info("Call-out {} stopped by {}", calloutId, actor);
            standDowns.end(callout, CalloutStatus.STOPPED, "STOPPED", clock.instant());
        }
    }

    /**
     * Asks more people: {@code morePeople} asks beyond the limit, and when {@code allDistricts}, volunteers in
     * every district. The next wave goes out at once.
     */
    @Transactional
    public int widen(UUID calloutId, boolean allDistricts, int morePeople, String actor) {
        if (morePeople < 0 || morePeople > 1000) {
            throw new IllegalArgumentException("morePeople must be 0 to 1000");
        }
        var callout = repository.lock(calloutId).orElseThrow(() -> new NotFoundException("Call-out"));
        if (!callout.isActive()) {
            throw new IllegalStateException("Call-out is " + callout.status());
        }
        log.info("Call-out {} widened by {}: all districts {}, {} more", calloutId, actor, allDistricts, morePeople);
        repository.widen(calloutId, allDistricts, morePeople);
        if (callout.handPicked()) {
            // the chosen were not enough: Samverka chooses the next ones by the same rules
            repository.chooseFromNowOn(calloutId);
        }
        return waveRunner.run(calloutId);
    }

    /**
     * Starts a new call-out for the same need, for example after it was stopped or the volunteer who took it
     * handed it back. People asked before may be asked again if their budget allows.
     */
    @Transactional
    public UUID restart(UUID calloutId, String actor) {
        var old = repository.find(calloutId).orElseThrow(() -> new NotFoundException("Call-out"));
        if (old.isActive()) {
            throw new AlreadyActive(old.id());
        }
        var need = old.need();
        return start(new Start(
                old.subjectType(),
                old.subjectId(),
                old.title(),
                need,
                old.urgency(),
                old.handPicked() ? null : old.factor(),
                actor));
    }

    /** Whether the need still wants volunteers: only then can a stopped or filled call-out start again. */
    @Transactional(readOnly = true)
    public boolean isNeedOpen(Callout callout) {
        var target = targets.get(callout.subjectType());
        return target != null && target.isOpen(callout.subjectId());
    }

    /** Where the coordinator sees the need the call-out is for. */
    public String subjectPath(Callout callout) {
        return targets.of(callout).coordinatorPath(callout.subjectId());
    }
}
