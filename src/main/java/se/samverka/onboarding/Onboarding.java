package se.samverka.onboarding;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import se.samverka.safeguarding.CheckKind;
import se.samverka.safeguarding.Safeguarding;
import se.samverka.shared.HelpKind;
import se.samverka.shared.Recent;
import se.samverka.volunteer.VolunteerFilter;
import se.samverka.volunteer.VolunteerIntake;
import se.samverka.volunteer.Volunteers;

/**
 * The module's API: how many volunteers stand at each step, who they are (for the register's filter), keeping a
 * volunteer's facts current, and the daily reminders.
 */
@Service
public class Onboarding {

    private static final Logger log = LoggerFactory.getLogger(Onboarding.class);

    /** How many missing volunteers {@link #catchUp()} adds in one transaction. */
    static final int CATCH_UP_BATCH = 500;

    /** The most reminders one run sends; the next run takes the rest. */
    static final int REMINDERS_PER_RUN = 500;

    private static final VolunteerFilter EVERYONE =
            new VolunteerFilter(null, null, null, null, null, null, null, null, null, null, null, null);

    private final OnboardingRepository repository;
    private final Volunteers volunteers;
    private final Safeguarding safeguarding;
    private final OnboardingProperties properties;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final VolunteerIntake intake;
    private final TransactionTemplate transactions;
    private final Recent<List<Object>, Map<OnboardingStep, Long>> counts;

    Onboarding(
            OnboardingRepository repository,
            Volunteers volunteers,
            Safeguarding safeguarding,
            OnboardingProperties properties,
            ApplicationEventPublisher events,
            Clock clock,
            VolunteerIntake intake,
            PlatformTransactionManager transactionManager) {
        this.intake = intake;
        this.transactions = new TransactionTemplate(transactionManager);
        this.counts = new Recent<>(properties.countsMaxAge(), 4, clock);
        this.repository = repository;
        this.volunteers = volunteers;
        this.safeguarding = safeguarding;
        this.properties = properties;
        this.events = events;
        this.clock = clock;
    }

    /** How many volunteers stand at each step today, every step listed. */
    @Transactional(readOnly = true)
    public Map<OnboardingStep, Long> counts() {
        var today = LocalDate.now(clock);
        var pledge = safeguarding.currentPledgeVersion();
        List<Object> key = Arrays.asList(today, pledge);
        return counts.get(key, () -> repository.counts(today, pledge));
    }

    /** The volunteers standing at the step today. */
    @Transactional(readOnly = true)
    public Set<UUID> at(OnboardingStep step) {
        return repository.at(step, LocalDate.now(clock), safeguarding.currentPledgeVersion());
    }

    /** The step the volunteer stands at today, or null for a volunteer not (yet) known here. */
    @Transactional(readOnly = true)
    public OnboardingStep stepOf(UUID volunteerId) {
        return repository
                .find(volunteerId)
                .map(p -> p.stepOn(LocalDate.now(clock), safeguarding.currentPledgeVersion()))
                .orElse(null);
    }

    /**
     * A volunteer who has just signed up, in the sign-up's transaction: only the volunteer's own facts are read. An
     * identity check and the pledge come later, each with its own event and a full {@link #refresh}, so a new
     * volunteer has neither; four statements fewer for every sign-up than a full refresh.
     */
    @Transactional
    public void registered(UUID volunteerId) {
        var found = volunteers.summary(volunteerId);
        if (found.isEmpty()) {
            return;
        }
        var summary = found.get();
        registered(volunteerId, summary.signedUpAt(), summary.emailConfirmed(), summary.kinds());
    }

    /**
     * As {@link #registered(UUID)} with the facts the sign-up gave in its event (when it was stored, whether the
     * address is confirmed, what the volunteer offers), so nothing is read back: the four statements of the volunteer's
     * summary saved on every sign-up (issue 11).
     */
    @Transactional
    public void registered(UUID volunteerId, Instant signedUpAt, boolean emailConfirmed, Collection<HelpKind> kinds) {
        var progress =
                new Progress(volunteerId, signedUpAt, emailConfirmed, needsIdCheck(kinds), null, null, clock.instant());
        if (!repository.insertNew(progress)) {
            refresh(volunteerId);
            return;
        }
        counts.clearAfterCommit();
    }

    /** Reads the volunteer's facts again from the modules that own them; a volunteer who is gone is left alone. */
    @Transactional
    public void refresh(UUID volunteerId) {
        var found = volunteers.summary(volunteerId);
        if (found.isEmpty()) {
            return;
        }
        var summary = found.get();
        var today = LocalDate.now(clock);
        var needsId = needsIdCheck(summary.kinds());
        var idValidBefore = safeguarding.checksOf(volunteerId).stream()
                .filter(c -> c.kind() == CheckKind.ID_CHECKED && !c.checkedOn().isAfter(today))
                .map(c -> c.expiresOn() == null ? Progress.NEVER : c.expiresOn())
                .max(Comparator.naturalOrder())
                .orElse(null);
        var pledge =
                safeguarding.currentPledgeAcceptedAt(volunteerId) == null ? null : safeguarding.currentPledgeVersion();
        var before = repository.find(volunteerId).orElse(null);
        var now = clock.instant();
        var progress = new Progress(
                volunteerId, summary.signedUpAt(), summary.emailConfirmed(), needsId, idValidBefore, pledge, now);
        if (progress.sameFactsAs(before)) {
            progress = new Progress(
                    volunteerId,
                    summary.signedUpAt(),
                    summary.emailConfirmed(),
                    needsId,
                    idValidBefore,
                    pledge,
                    before.progressedAt());
        }
        repository.save(progress);
        counts.clearAfterCommit();
    }

    /** Whether any of the kinds the volunteer offers needs an identity check. */
    private boolean needsIdCheck(Collection<HelpKind> kinds) {
        return kinds.stream().mapToInt(safeguarding::requiredFor).max().orElse(0) >= 1;
    }

    /**
     * Adds every volunteer not known here yet (written by an import or the demo's own SQL). Returns how many. Two
     * counts when nobody is missing, so it can run every minute. The missing are added {@value #CATCH_UP_BATCH} to a
     * transaction: an import of 100,000 volunteers is caught up in short transactions that each keep what they did,
     * not in one that holds its locks for minutes and starts again from nothing when the run is cut short.
     */
    public int catchUp() {
        // every row here belongs to a volunteer (the foreign key), so equal counts mean nobody is missing
        var counts = transactions.execute(status -> repository.size() == volunteers.count(EVERYONE));
        if (Boolean.TRUE.equals(counts)) {
            return 0;
        }
        var missing = transactions.execute(status -> {
            var known = repository.known();
            return volunteers.allIds().stream()
                    .filter(id -> !known.contains(id))
                    .toList();
        });
        var added = 0;
        for (var from = 0; from < missing.size(); from += CATCH_UP_BATCH) {
            var batch = missing.subList(from, Math.min(missing.size(), from + CATCH_UP_BATCH));
            transactions.executeWithoutResult(status -> batch.forEach(this::refresh));
            added += batch.size();
        }
        if (added > 0) {
            log.info("Onboarding caught up with {} volunteers", added);
        }
        return added;
    }

    /**
     * Sends the one reminder per volunteer and step to those standing still longer than configured, leaving out
     * the suspended and the paused. Running again (a retry, a second instance) sends nothing twice: the reminder
     * is claimed under a unique key before its event is published. Returns how many were sent.
     */
    @Transactional
    public int remindStuck() {
        var now = clock.instant();
        var today = LocalDate.now(clock);
        var stuck = repository.stuck(
                now.minus(properties.remindAfter()), today, safeguarding.currentPledgeVersion(), REMINDERS_PER_RUN);
        if (stuck.isEmpty()) {
            return 0;
        }
        var suspended = safeguarding.suspendedNow();
        var sent = 0;
        for (var s : stuck) {
            if (suspended.contains(s.volunteerId())) {
                continue;
            }
            var profile = volunteers.find(s.volunteerId()).orElse(null);
            if (profile == null || profile.isPausedOn(today)) {
                continue;
            }
            if (!repository.claimReminder(s.volunteerId(), s.step(), now)) {
                continue;
            }
            String token = null;
            if (s.step() == OnboardingStep.CONFIRM_EMAIL) {
                token = intake.renewConfirmation(s.volunteerId()).orElse(null);
                if (token == null) {
                    continue;
                }
            }
            events.publishEvent(new OnboardingReminderDue(
                    s.volunteerId(),
                    s.step(),
                    profile.name(),
                    profile.email().value(),
                    profile.phone() == null ? null : profile.phone().e164(),
                    profile.contactChannel().name(),
                    profile.locale(),
                    token));
            sent++;
        }
        log.info("Onboarding reminders sent: {}", sent);
        return sent;
    }
}
