package se.samverka.safeguarding;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.samverka.helpkind.HelpKinds;
import se.samverka.shared.HelpKind;
import se.samverka.volunteer.Volunteers;

/**
 * The module's API: which level a volunteer has reached at a time, which level a kind of help needs, recording
 * checks and pledge acceptances, and the daily notice of checks about to expire.
 */
@Service
public class Safeguarding {

    /** The highest level: a criminal-records extract sighted. */
    public static final int MAX_LEVEL = 2;

    /**
     * The level of a suspended volunteer: below every requirement (0 included), so that every eligibility check
     * that compares a volunteer's level with what a task, call-out or shift needs refuses them.
     */
    public static final int SUSPENDED = -1;

    private final SafeguardingRepository repository;
    private final SuspensionRepository suspensions;
    private final SafeguardingProperties properties;
    private final HelpKinds kinds;
    private final ApplicationEventPublisher events;
    private final Volunteers volunteers;
    private final Clock clock;

    Safeguarding(
            SafeguardingRepository repository,
            SuspensionRepository suspensions,
            SafeguardingProperties properties,
            HelpKinds kinds,
            ApplicationEventPublisher events,
            Volunteers volunteers,
            Clock clock) {
        this.repository = repository;
        this.suspensions = suspensions;
        this.volunteers = volunteers;
        this.properties = properties;
        this.kinds = kinds;
        this.events = events;
        this.clock = clock;
    }

    /** The level a kind of help needs, as the administrator set it for the kind. */
    public int requiredFor(HelpKind kind) {
        return kinds.safeguardingLevel(kind);
    }

    /** The level a volunteer has reached at that instant (0 to 2), or {@link #SUSPENDED}. */
    @Transactional(readOnly = true)
    public int levelOf(UUID volunteerId, Instant at) {
        return levelsOf(List.of(volunteerId), at).getOrDefault(volunteerId, 0);
    }

    /**
     * The levels of many volunteers at that instant, in three queries; every id given has an entry. A suspended
     * volunteer has {@link #SUSPENDED}, whatever checks they passed.
     */
    @Transactional(readOnly = true)
    public Map<UUID, Integer> levelsOf(Collection<UUID> volunteerIds, Instant at) {
        var day = LocalDate.ofInstant(at, clock.getZone());
        var pledged = repository.acceptedPledge(volunteerIds, properties.pledgeVersion());
        var idChecked = new HashSet<UUID>();
        var recordSighted = new HashSet<UUID>();
        for (var check : repository.checksOf(volunteerIds)) {
            if (check.validOn(day)) {
                (check.kind() == CheckKind.ID_CHECKED ? idChecked : recordSighted).add(check.volunteerId());
            }
        }
        var suspended = suspensions.suspendedAmong(volunteerIds);
        var levels = new HashMap<UUID, Integer>();
        for (var id : volunteerIds) {
            var level = 0;
            if (suspended.contains(id)) {
                level = SUSPENDED;
            } else if (idChecked.contains(id) && pledged.contains(id)) {
                level = recordSighted.contains(id) ? 2 : 1;
            }
            levels.put(id, level);
        }
        return levels;
    }

    /**
     * The level of every volunteer whose level is not 0 at that instant (checked or suspended), in three
     * queries: for an index kept in memory of all volunteers (the call-out's). Everyone else is at level 0.
     */
    @Transactional(readOnly = true)
    public Map<UUID, Integer> levelsOfEveryone(Instant at) {
        var day = LocalDate.ofInstant(at, clock.getZone());
        var pledged = repository.everyoneWithPledge(properties.pledgeVersion());
        var idChecked = new java.util.HashSet<UUID>();
        var recordSighted = new java.util.HashSet<UUID>();
        for (var check : repository.allChecks()) {
            if (check.validOn(day)) {
                (check.kind() == CheckKind.ID_CHECKED ? idChecked : recordSighted).add(check.volunteerId());
            }
        }
        var levels = new HashMap<UUID, Integer>();
        for (var id : idChecked) {
            if (pledged.contains(id)) {
                levels.put(id, recordSighted.contains(id) ? 2 : 1);
            }
        }
        suspensions.everyoneSuspended().forEach(id -> levels.put(id, SUSPENDED));
        return levels;
    }

    /** Every check recorded for the volunteer, newest first. */
    @Transactional(readOnly = true)
    public List<SafeguardingCheck> checksOf(UUID volunteerId) {
        return repository.checksOf(volunteerId);
    }

    /**
     * Records a check made by a staff member on a day. Its expiry follows the configuration: a criminal-records
     * extract the configured period (12 months) after the day it was sighted, an identity check never unless
     * configured.
     */
    @Transactional
    public SafeguardingCheck record(
            UUID volunteerId, CheckKind kind, String checkedBy, LocalDate checkedOn, String note) {
        Objects.requireNonNull(checkedBy, "checkedBy");
        var validity =
                kind == CheckKind.CRIMINAL_RECORD_SIGHTED ? properties.recordValidity() : properties.idValidity();
        var check = new SafeguardingCheck(
                UUID.randomUUID(),
                volunteerId,
                kind,
                checkedBy,
                checkedOn,
                validity == null ? null : checkedOn.plus(validity),
                note == null || note.isBlank() ? null : note.strip());
        repository.insert(check, clock.instant());
        events.publishEvent(new SafeguardingLevelChanged(volunteerId));
        return check;
    }

    /**
     * Records an identity check made at an onboarding meeting for each of these volunteers, and returns those it
     * was recorded for. Recording again is harmless: a volunteer who already has an identity check valid on that
     * day, or who is gone, is left out.
     */
    @Transactional
    public List<UUID> recordIdChecks(
            Collection<UUID> volunteerIds, String checkedBy, LocalDate checkedOn, String note) {
        Objects.requireNonNull(checkedBy, "checkedBy");
        var already = repository.withValidCheck(CheckKind.ID_CHECKED, checkedOn);
        var existing = volunteers.namesOf(volunteerIds).keySet();
        var recorded = new ArrayList<UUID>();
        for (var id : new LinkedHashSet<>(volunteerIds)) {
            if (!already.contains(id) && existing.contains(id)) {
                record(id, CheckKind.ID_CHECKED, checkedBy, checkedOn, note);
                recorded.add(id);
            }
        }
        return recorded;
    }

    /** Volunteers with a check of this kind valid today: for the staff register's filters. */
    @Transactional(readOnly = true)
    public Set<UUID> withValidCheck(CheckKind kind) {
        return repository.withValidCheck(kind, LocalDate.now(clock));
    }

    /** Volunteers who accepted the current pledge: for the staff register's filters. */
    @Transactional(readOnly = true)
    public Set<UUID> withCurrentPledge() {
        return repository.everyoneWithPledge(properties.pledgeVersion());
    }

    /** Volunteers suspended now: for the staff register's filters. */
    @Transactional(readOnly = true)
    public Set<UUID> suspendedNow() {
        return suspensions.everyoneSuspended();
    }

    /** The pledge version volunteers must have accepted now. */
    public String currentPledgeVersion() {
        return properties.pledgeVersion();
    }

    /** When the volunteer accepted the current pledge, or null if they have not. */
    @Transactional(readOnly = true)
    public Instant currentPledgeAcceptedAt(UUID volunteerId) {
        return repository.pledgeAcceptedAt(volunteerId, properties.pledgeVersion());
    }

    /** The volunteer accepts the current pledge now. */
    @Transactional
    public void acceptCurrentPledge(UUID volunteerId) {
        repository.acceptPledge(volunteerId, properties.pledgeVersion(), clock.instant());
        events.publishEvent(new SafeguardingLevelChanged(volunteerId));
    }

    /**
     * Publishes one {@link SafeguardingCheckExpiring} for every check that expires within the notice period
     * and has not had one yet. Returns how many.
     */
    @Transactional
    public int noticeExpiringChecks() {
        var today = LocalDate.now(clock);
        var count = 0;
        for (var check : repository.expiringUnnoticed(today, today.plus(properties.noticeBefore()))) {
            var volunteer = volunteers.find(check.volunteerId()).orElse(null);
            if (volunteer != null && repository.markNoticed(check.id(), clock.instant())) {
                events.publishEvent(new SafeguardingCheckExpiring(
                        check.id(),
                        volunteer.id(),
                        volunteer.name(),
                        volunteer.email().value(),
                        volunteer.locale(),
                        check.kind(),
                        check.expiresOn()));
                count++;
            }
        }
        return count;
    }
}
