package se.samverka.callout;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import se.samverka.district.District;
import se.samverka.district.Districts;
import se.samverka.safeguarding.Safeguarding;
import se.samverka.shared.NotFoundException;
import se.samverka.volunteer.ContactChannel;
import se.samverka.volunteer.VolunteerProfile;
import se.samverka.volunteer.Volunteers;

/**
 * Call-outs: a confirmed need, and the few well-chosen volunteers asked for it, wave by wave, until it is
 * filled. Everyone asked and not needed is told so at once. Every ask, answer and stand-down goes into the
 * {@link ContactLedger}, and the ledger decides who still has budget left.
 */
@Service
public class Callouts {

    private static final Logger log = LoggerFactory.getLogger(Callouts.class);

    private final CalloutRepository repository;
    private final CandidatePool pool;
    private final ContactLedger ledger;
    private final Volunteers volunteers;
    private final Districts districts;
    private final Map<SubjectType, CalloutTarget> targets;
    private final CalloutWaves waves;
    private final CalloutProperties properties;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final Clock clock;

    private final Safeguarding safeguarding;

    Callouts(
            CalloutRepository repository,
            CandidatePool pool,
            ContactLedger ledger,
            Volunteers volunteers,
            Districts districts,
            List<CalloutTarget> targets,
            CalloutWaves waves,
            CalloutProperties properties,
            ApplicationEventPublisher events,
            PlatformTransactionManager transactionManager,
            Safeguarding safeguarding,
            Clock clock) {
        this.repository = repository;
        this.pool = pool;
        this.safeguarding = safeguarding;
        this.ledger = ledger;
        this.volunteers = volunteers;
        this.districts = districts;
        // the first target in @Order wins, so that a test can put its own in front of a module's
        this.targets = targets.stream()
                .collect(Collectors.toMap(CalloutTarget::subjectType, Function.identity(), (first, second) -> first));
        this.waves = waves;
        this.properties = properties;
        this.events = events;
        this.transaction = new TransactionTemplate(transactionManager);
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
        // the lock every wave takes anyway, taken first: two instances starting the same need at once are served one
        // after the other, so the second sees the first's call-out instead of failing on its unique key (on
        // PostgreSQL that failure spoils the transaction, and the lookup below could not run)
        ledger.lockForAsking();
        repository.active(start.subjectType(), start.subjectId()).ifPresent(c -> {
            throw new AlreadyActive(c.id());
        });
        var target = targets.get(start.subjectType());
        if (target == null || !target.isOpen(start.subjectId())) {
            throw new NotOpen();
        }
        var need = start.need();
        var id = UUID.randomUUID();
        var factor = start.factor() == null ? properties.factor() : start.factor();
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
                    0,
                    false,
                    start.urgency(),
                    CalloutStatus.ACTIVE,
                    0,
                    start.startedBy(),
                    clock.instant(),
                    null,
                    null,
                    need.safeguardingLevel()));
        } catch (org.springframework.dao.DuplicateKeyException e) {
            throw new AlreadyActive(repository
                    .active(start.subjectType(), start.subjectId())
                    .map(Callout::id)
                    .orElse(null));
        }
        runWaveNow(id);
        return id;
    }

    /**
     * Sends the next wave if the call-out is still active and may ask more: the people still needed times the
     * wave size of its urgency, within the call-out's ask limit, chosen by the contact rules.
     * Plans the wave after it. Returns how many were asked.
     */
    @Transactional
    public int runWave(UUID calloutId) {
        return runWaveNow(calloutId);
    }

    private int runWaveNow(UUID calloutId) {
        ledger.lockForAsking();
        var callout = repository.lock(calloutId).orElse(null);
        if (callout == null || !callout.isActive()) {
            return 0;
        }
        var asked = new HashSet<>(repository.askedVolunteers(calloutId));
        var mayAsk = callout.askLimit() - asked.size();
        var size = Math.min(callout.stillNeeded() * properties.waveSize(callout.urgency()), mayAsk);
        if (size <= 0) {
            return 0;
        }
        var now = clock.instant();
        var wave = callout.waves() + 1;
        var selection = pool.current(now).selectForWave(callout.need(), size, now, asked, callout.allDistricts());
        repository.startWave(calloutId, wave);
        repository.insertWave(calloutId, wave, now, selection.toAsk().size(), selection);
        var profiles = new HashMap<UUID, VolunteerProfile>();
        volunteers.confirmedAmong(selection.toAsk()).forEach(p -> profiles.put(p.id(), p));
        var districtName = districtName(callout.districtId());
        var chosen = 0;
        for (var volunteerId : selection.toAsk()) {
            var profile = profiles.get(volunteerId);
            if (profile != null) {
                ask(callout, profile, wave, districtName, now);
                chosen++;
            }
        }
        if (asked.size() + chosen < callout.askLimit()) {
            waves.plan(calloutId, wave + 1, now.plus(properties.interval(callout.urgency())));
        }
        log.info("Call-out {} wave {}: asked {}, skipped {}", calloutId, wave, chosen, selection.skipped());
        return chosen;
    }

    private void ask(Callout callout, VolunteerProfile volunteer, int wave, String districtName, Instant now) {
        var channel = volunteer.contactChannel() == ContactChannel.SMS && volunteer.phone() != null
                ? ContactChannel.SMS
                : ContactChannel.EMAIL;
        var id = UUID.randomUUID();
        var token = CalloutTokens.newToken();
        repository.insertAsk(id, callout.id(), volunteer.id(), wave, channel.name(), CalloutTokens.hash(token), now);
        ledger.record(volunteer.id(), ContactEntry.ASK, channel.name(), ContactSource.CALLOUT, id, now);
        events.publishEvent(new CalloutAsked(
                id,
                callout.id(),
                volunteer.id(),
                channel,
                volunteer.email().value(),
                channel == ContactChannel.SMS ? volunteer.phone().e164() : null,
                volunteer.locale(),
                token,
                callout.title(),
                callout.kind(),
                districtName,
                callout.date(),
                callout.from(),
                callout.to()));
    }

    /** The ask behind an answer link, if the token is one. */
    @Transactional(readOnly = true)
    public Optional<CalloutAsk> askByToken(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        return repository.askByToken(CalloutTokens.hash(token));
    }

    /**
     * A volunteer answers an ask. A yes gets the place while the need is open; after it was filled or stopped
     * the volunteer is thanked instead. Safe to call twice: the second answer changes nothing.
     */
    public AnswerResult answer(UUID askId, boolean yes) {
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
            return lateAnswer(ask, yes, now);
        }
        if (ask.status() != AskStatus.PENDING) {
            return AnswerResult.ALREADY_ANSWERED;
        }
        if (!yes) {
            repository.answer(askId, AskStatus.DECLINED, now);
            ledger.record(ask.volunteerId(), ContactEntry.NO, ask.channel().name(), ContactSource.CALLOUT, askId, now);
            publishAnswered(ask, callout, AnswerResult.DECLINED);
            if (callout.isActive()) {
                // we promise to ask someone else: do it now rather than after the wave interval
                runWaveNow(callout.id());
            }
            return AnswerResult.DECLINED;
        }
        if (!callout.isActive() || !target(callout).fill(callout.subjectId(), ask.volunteerId())) {
            return notNeeded(askId, true);
        }
        repository.answer(askId, AskStatus.ACCEPTED, now);
        ledger.record(ask.volunteerId(), ContactEntry.YES, ask.channel().name(), ContactSource.CALLOUT, askId, now);
        var accepted = callout.accepted() + 1;
        repository.accepted(callout.id(), accepted);
        publishAnswered(ask, callout, AnswerResult.ACCEPTED);
        if (accepted >= callout.peopleNeeded()) {
            end(callout, CalloutStatus.FILLED, "FILLED", now);
        }
        return AnswerResult.ACCEPTED;
    }

    /** The need has no place left (filled elsewhere or closed): end the call-out and thank this volunteer. */
    private AnswerResult notNeeded(UUID askId, boolean yes) {
        var ask = repository.ask(askId).orElseThrow();
        var callout = repository.lock(ask.calloutId()).orElseThrow();
        var now = clock.instant();
        if (callout.isActive()) {
            end(callout, CalloutStatus.FILLED, "FILLED_ELSEWHERE", now);
        }
        return lateAnswer(repository.ask(askId).orElseThrow(), yes, now);
    }

    /** An answer after the volunteer was stood down: a yes gets a polite thank-you, it is already filled. */
    private AnswerResult lateAnswer(CalloutAsk ask, boolean yes, Instant now) {
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
            publishAnswered(ask, callout, AnswerResult.NOT_NEEDED);
        }
        return AnswerResult.NOT_NEEDED;
    }

    private void publishAnswered(CalloutAsk ask, Callout callout, AnswerResult result) {
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
                        result)));
    }

    /** Stops the call-out; everyone who has not answered is told they are not needed. */
    @Transactional
    public void stop(UUID calloutId, String actor) {
        var callout = repository.lock(calloutId).orElseThrow(() -> new NotFoundException("Call-out"));
        if (callout.isActive()) {
            log.info("Call-out {} stopped by {}", calloutId, actor);
            end(callout, CalloutStatus.STOPPED, "STOPPED", clock.instant());
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
        return runWaveNow(calloutId);
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
        return start(
                new Start(old.subjectType(), old.subjectId(), old.title(), need, old.urgency(), old.factor(), actor));
    }

    /** The need was filled another way (a coordinator assigned someone): stand down everyone still asked. */
    @Transactional
    public void subjectFilled(SubjectType type, UUID subjectId) {
        repository
                .active(type, subjectId)
                .flatMap(c -> repository.lock(c.id()))
                .filter(Callout::isActive)
                .ifPresent(c -> end(c, CalloutStatus.FILLED, "FILLED_ELSEWHERE", clock.instant()));
    }

    /** The need went away (the request was closed or cancelled): stop and stand down everyone still asked. */
    @Transactional
    public void subjectClosed(SubjectType type, UUID subjectId) {
        repository
                .active(type, subjectId)
                .flatMap(c -> repository.lock(c.id()))
                .filter(Callout::isActive)
                .ifPresent(c -> end(c, CalloutStatus.STOPPED, "CLOSED", clock.instant()));
    }

    /**
     * The need, effort or crisis is over: thanks every volunteer who said yes to a call-out for it, once.
     * Returns how many were thanked.
     */
    @Transactional
    public int thankEveryone(SubjectType type, UUID subjectId, String title) {
        var now = clock.instant();
        var thanked = 0;
        for (var volunteerId : repository.acceptedFor(type, subjectId)) {
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

    private void end(Callout callout, CalloutStatus status, String reason, Instant now) {
        if (!repository.end(callout.id(), status, reason, now)) {
            return;
        }
        for (var ask : repository.asks(callout.id())) {
            if (ask.status() == AskStatus.PENDING && repository.answer(ask.id(), AskStatus.STOOD_DOWN, now)) {
                ledger.record(
                        ask.volunteerId(),
                        ContactEntry.STAND_DOWN,
                        ask.channel().name(),
                        ContactSource.CALLOUT,
                        ask.id(),
                        now);
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
                                status == CalloutStatus.FILLED)));
            }
        }
    }

    @Transactional(readOnly = true)
    public Optional<Callout> find(UUID calloutId) {
        return repository.find(calloutId);
    }

    /** The need's active call-out, if any. */
    @Transactional(readOnly = true)
    public Optional<Callout> activeFor(SubjectType type, UUID subjectId) {
        return repository.active(type, subjectId);
    }

    /** Every call-out for the need, newest first. */
    @Transactional(readOnly = true)
    public List<Callout> forSubject(SubjectType type, UUID subjectId) {
        return repository.forSubject(type, subjectId);
    }

    /** One call-out ask, for measures: about what, whom, when. */
    public record AskFact(SubjectType subjectType, UUID subjectId, UUID volunteerId, Instant at) {}

    /** Every call-out ask since the instant. */
    @Transactional(readOnly = true)
    public List<AskFact> asksSince(Instant since) {
        return repository.asksSince(since);
    }

    /** Volunteers asked and not yet answered: they are not in reserve right now. */
    @Transactional(readOnly = true)
    public Set<UUID> waitingForAnswer() {
        return new HashSet<>(repository.waitingForAnswer());
    }

    /** An unanswered ask with what it is about, for the volunteer's own page. */
    public record OpenAsk(CalloutAsk ask, Callout callout, String districtName) {}

    @Transactional(readOnly = true)
    public Optional<CalloutAsk> askOf(UUID askId) {
        return repository.ask(askId);
    }

    /** The volunteer's unanswered asks in active call-outs, oldest first. */
    @Transactional(readOnly = true)
    public List<OpenAsk> openAsksOf(UUID volunteerId) {
        return repository.pendingFor(volunteerId).stream()
                .flatMap(a -> repository.find(a.calloutId()).stream()
                        .map(c -> new OpenAsk(a, c, districtName(c.districtId()))))
                .toList();
    }

    /** Every volunteer asked in any call-out for the need. */
    @Transactional(readOnly = true)
    public Set<UUID> askedFor(SubjectType type, UUID subjectId) {
        return new HashSet<>(repository.askedFor(type, subjectId));
    }

    @Transactional(readOnly = true)
    public List<CalloutAsk> asks(UUID calloutId) {
        return repository.asks(calloutId);
    }

    /**
     * Who near the need was not asked and why, worked out now from the volunteers as they stand (a wave stores
     * only the counts per reason): those asked in the call-out are left out. In order of reason, then as they
     * would be asked.
     */
    @Transactional
    public List<SkippedVolunteer> skipped(UUID calloutId) {
        ledger.lockForAsking();
        var callout = repository.find(calloutId).orElseThrow(() -> new NotFoundException("Call-out"));
        var asked = new HashSet<>(repository.askedVolunteers(calloutId));
        var now = clock.instant();
        return pool.current(now).skipReasons(callout.need(), now, asked, callout.allDistricts()).entrySet().stream()
                .map(e -> new SkippedVolunteer(e.getKey(), e.getValue(), callout.waves()))
                .sorted(java.util.Comparator.comparing(SkippedVolunteer::reason))
                .toList();
    }

    /** How many volunteers the call-out's latest wave skipped, per reason. */
    @Transactional(readOnly = true)
    public Map<SkipReason, Integer> skipCounts(UUID calloutId) {
        return repository.latestSkipCounts(calloutId);
    }

    @Transactional(readOnly = true)
    public List<WaveSummary> waves(UUID calloutId) {
        return repository.waves(calloutId);
    }

    /** Whether the need still wants volunteers: only then can a stopped or filled call-out start again. */
    @Transactional(readOnly = true)
    public boolean isNeedOpen(Callout callout) {
        var target = targets.get(callout.subjectType());
        return target != null && target.isOpen(callout.subjectId());
    }

    /** Where the coordinator sees the need the call-out is for. */
    public String subjectPath(Callout callout) {
        return target(callout).coordinatorPath(callout.subjectId());
    }

    private CalloutTarget target(Callout callout) {
        var target = targets.get(callout.subjectType());
        if (target == null) {
            throw new IllegalStateException("No call-out target for " + callout.subjectType());
        }
        return target;
    }

    private String districtName(String districtId) {
        return districts.find(districtId).map(District::name).orElse(districtId);
    }

    /** For the call-out list: all, or those with the status; newest first. */
    @Transactional(readOnly = true)
    public List<Callout> list(CalloutStatus status, int offset, int limit) {
        return repository.page(status, offset, limit);
    }

    @Transactional(readOnly = true)
    public int count(CalloutStatus status) {
        return repository.count(status);
    }
}
