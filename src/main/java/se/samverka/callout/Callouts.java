package se.samverka.callout;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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

    private final CalloutStarts starts;
    private final CalloutRepository repository;
    private final WaveRunner waveRunner;
    private final StandDowns standDowns;
    private final CalloutTargets targets;
    private final Clock clock;

    Callouts(
            CalloutStarts starts,
            CalloutRepository repository,
            WaveRunner waveRunner,
            StandDowns standDowns,
            CalloutTargets targets,
            Clock clock) {
        this.starts = starts;
        this.repository = repository;
        this.waveRunner = waveRunner;
        this.standDowns = standDowns;
        this.targets = targets;
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
        return starts.start(start);
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
        return starts.askChosen(start, volunteerIds, membersOfGroup);
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
