package se.samverka.callout;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.samverka.district.District;
import se.samverka.district.Districts;
import se.samverka.shared.NotFoundException;

/** What there is to know about call-outs, their asks and waves; reads only, apart from the lock {@link #skipped} takes. */
@Service
public class CalloutQueries {

    private final CalloutRepository repository;
    private final CalloutReads reads;
    private final CandidatePool pool;
    private final ContactLedger ledger;
    private final Districts districts;
    private final Clock clock;

    CalloutQueries(
            CalloutRepository repository,
            CalloutReads reads,
            CandidatePool pool,
            ContactLedger ledger,
            Districts districts,
            Clock clock) {
        this.repository = repository;
        this.reads = reads;
        this.pool = pool;
        this.ledger = ledger;
        this.districts = districts;
        this.clock = clock;
    }

    /** The ask behind an answer link, if the token is one. */
    @Transactional(readOnly = true)
    public Optional<CalloutAsk> askByToken(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        return reads.askByToken(AnswerTokens.hash(token));
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
        return reads.forSubject(type, subjectId);
    }

    /** One call-out ask, for measures: about what, whom, when. */
    public record AskFact(SubjectType subjectType, UUID subjectId, UUID volunteerId, Instant at) {}

    /** Every call-out ask since the instant. */
    @Transactional(readOnly = true)
    public List<AskFact> asksSince(Instant since) {
        return reads.asksSince(since);
    }

    /** Volunteers asked and not yet answered: they are not in reserve right now. */
    @Transactional(readOnly = true)
    public Set<UUID> waitingForAnswer() {
        return new HashSet<>(reads.waitingForAnswer());
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
        return new HashSet<>(reads.askedFor(type, subjectId));
    }

    /** The needs of that type the volunteer was ever asked about, by any call-out (hand-picked ones too). */
    @Transactional(readOnly = true)
    public List<UUID> subjectsAskedOf(UUID volunteerId, SubjectType type) {
        return reads.subjectsAskedOf(volunteerId, type);
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

    /**
     * The volunteers near the need (who offer its kind in its district or a neighbouring one) by the contact
     * rules as they stand now: in the order a call-out's wave would ask them, each with the rule they fail, if
     * any. What the coordinator's ranked list and a hand-picked call-out use: one rule set for every way to ask.
     */
    @Transactional
    public List<RankedVolunteer> ranked(Need need) {
        ledger.lockForAsking();
        var now = clock.instant();
        return pool.current(now).ranked(need, now);
    }

    /** How many volunteers the call-out's latest wave skipped, per reason. */
    @Transactional(readOnly = true)
    public Map<SkipReason, Integer> skipCounts(UUID calloutId) {
        return reads.latestSkipCounts(calloutId);
    }

    @Transactional(readOnly = true)
    public List<WaveSummary> waves(UUID calloutId) {
        return reads.waves(calloutId);
    }

    private String districtName(String districtId) {
        return districts.find(districtId).map(District::name).orElse(districtId);
    }

    /** For the call-out list: all, or those with the status; newest first. */
    @Transactional(readOnly = true)
    public List<Callout> list(CalloutStatus status, int offset, int limit) {
        return reads.page(status, offset, limit);
    }

    @Transactional(readOnly = true)
    public int count(CalloutStatus status) {
        return reads.count(status);
    }
}
