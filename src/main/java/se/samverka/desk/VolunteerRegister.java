package se.samverka.desk;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import se.samverka.helpkind.HelpKinds;
import se.samverka.helpkind.KindOfHelp;
import se.samverka.onboarding.Onboarding;
import se.samverka.safeguarding.CheckKind;
import se.samverka.safeguarding.Safeguarding;
import se.samverka.shared.HelpKind;
import se.samverka.volunteer.VolunteerFilter;
import se.samverka.volunteer.VolunteerFilter.Requirement;
import se.samverka.volunteer.VolunteerSummary;
import se.samverka.volunteer.Volunteers;

/**
 * The register's reading: turns the staff filter into the volunteer module's filter, asking safeguarding for the
 * sets of volunteers that have (or lack) a check, and tells each listed volunteer's status and level.
 */
@Service
class VolunteerRegister {

    static final int PAGE_SIZE = 25;

    /** The most one export holds; a larger selection is narrowed by a filter first. */
    static final int MAX_EXPORT = 10_000;

    private final Volunteers volunteers;
    private final Safeguarding safeguarding;
    private final Clock clock;
    private final Onboarding onboarding;
    private final HelpKinds kinds;

    VolunteerRegister(
            Volunteers volunteers, Safeguarding safeguarding, Clock clock, Onboarding onboarding, HelpKinds kinds) {
        this.onboarding = onboarding;
        this.kinds = kinds;
        this.volunteers = volunteers;
        this.safeguarding = safeguarding;
        this.clock = clock;
    }

    RegisterPage page(RegisterFilter filter) {
        var criteria = criteria(filter);
        var total = volunteers.count(criteria);
        var pageCount = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        var page = Math.min(filter.page(), pageCount);
        var rows = rows(volunteers.list(criteria, (page - 1) * PAGE_SIZE, PAGE_SIZE));
        return new RegisterPage(rows, page, PAGE_SIZE, total);
    }

    long count(RegisterFilter filter) {
        return volunteers.count(criteria(filter));
    }

    /** Every volunteer the filter matches, at most {@link #MAX_EXPORT}, in pages of a thousand. */
    List<RegisterRow> all(RegisterFilter filter) {
        var criteria = criteria(filter);
        var result = new ArrayList<RegisterRow>();
        while (result.size() < MAX_EXPORT) {
            var batch = volunteers.list(criteria, result.size(), Math.min(1000, MAX_EXPORT - result.size()));
            result.addAll(rows(batch));
            if (batch.size() < 1000) {
                break;
            }
        }
        return result;
    }

    /** These volunteers, as the register lists them; ids of volunteers who are gone are left out. */
    List<RegisterRow> selected(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        var only =
                new VolunteerFilter(null, null, null, null, null, null, null, null, Set.copyOf(ids), null, null, null);
        return rows(volunteers.list(only, 0, Volunteers.MAX_PAGE));
    }

    private List<RegisterRow> rows(List<VolunteerSummary> volunteers) {
        if (volunteers.isEmpty()) {
            return List.of();
        }
        var today = LocalDate.now(clock);
        var levels = safeguarding.levelsOf(
                volunteers.stream().map(VolunteerSummary::id).toList(), clock.instant());
        return volunteers.stream()
                .map(v -> {
                    var level = levels.getOrDefault(v.id(), 0);
                    return new RegisterRow(
                            v, status(v, level, today), level, LocalDate.ofInstant(v.signedUpAt(), clock.getZone()));
                })
                .toList();
    }

    private RegisterStatus status(VolunteerSummary volunteer, int level, LocalDate today) {
        if (level == Safeguarding.SUSPENDED) {
            return RegisterStatus.SUSPENDED;
        }
        if (volunteer.isPausedOn(today)) {
            return RegisterStatus.PAUSED;
        }
        var needed = volunteer.kinds().stream()
                .mapToInt(safeguarding::requiredFor)
                .max()
                .orElse(0);
        return !volunteer.emailConfirmed() || level < needed ? RegisterStatus.NEW : RegisterStatus.READY;
    }

    VolunteerFilter criteria(RegisterFilter filter) {
        var zone = clock.getZone();
        var today = LocalDate.now(clock);
        Set<UUID> only = null;
        var not = new HashSet<UUID>();
        Boolean paused = null;
        Boolean ready = null;
        List<Requirement> requirements = List.of();
        if (filter.status() != null) {
            var suspended = safeguarding.suspendedNow();
            switch (filter.status()) {
                case SUSPENDED -> only = suspended;
                case PAUSED -> {
                    not.addAll(suspended);
                    paused = true;
                }
                case NEW, READY -> {
                    not.addAll(suspended);
                    paused = false;
                    ready = filter.status() == RegisterStatus.READY;
                    requirements = requirements();
                }
            }
        }
        if (filter.check() != null) {
            switch (filter.check()) {
                case MISSING_ID_CHECK -> not.addAll(safeguarding.withValidCheck(CheckKind.ID_CHECKED));
                case MISSING_PLEDGE -> not.addAll(safeguarding.withCurrentPledge());
                case MISSING_RECORD -> not.addAll(safeguarding.withValidCheck(CheckKind.CRIMINAL_RECORD_SIGHTED));
                case LEVEL_0 -> not.addAll(levelsOfEveryone().keySet());
                case LEVEL_1 -> only = intersect(only, withLevel(1));
                case LEVEL_2 -> only = intersect(only, withLevel(2));
            }
        }
        if (filter.step() != null) {
            only = intersect(only, onboarding.at(filter.step()));
        }
        Instant from =
                filter.from() == null ? null : filter.from().atStartOfDay(zone).toInstant();
        Instant before = filter.to() == null
                ? null
                : filter.to().plusDays(1).atStartOfDay(zone).toInstant();
        return new VolunteerFilter(
                filter.q(),
                filter.district(),
                filter.kind(),
                filter.language(),
                from,
                before,
                paused,
                paused == null ? null : today,
                only,
                not,
                ready,
                requirements);
    }

    /** A volunteer offering a kind that needs level 1 or 2 must have reached it. */
    private List<Requirement> requirements() {
        var levels = levelsOfEveryone();
        var atLeastOne = levels.entrySet().stream()
                .filter(e -> e.getValue() >= 1)
                .map(Map.Entry::getKey)
                .collect(Collectors.toSet());
        var two = withLevel(2);
        var needOne = new java.util.TreeSet<HelpKind>();
        var needTwo = new java.util.TreeSet<HelpKind>();
        // retired kinds too: volunteers who offered one still need its level
        for (var kind : kinds.all().stream().map(KindOfHelp::kind).toList()) {
            var required = safeguarding.requiredFor(kind);
            if (required >= 1) {
                needOne.add(kind);
            }
            if (required >= 2) {
                needTwo.add(kind);
            }
        }
        return List.of(new Requirement(needOne, atLeastOne), new Requirement(needTwo, two));
    }

    private Map<UUID, Integer> levelsOfEveryone() {
        return safeguarding.levelsOfEveryone(clock.instant());
    }

    private Set<UUID> withLevel(int level) {
        return levelsOfEveryone().entrySet().stream()
                .filter(e -> e.getValue() == level)
                .map(Map.Entry::getKey)
                .collect(Collectors.toSet());
    }

    private static Set<UUID> intersect(Set<UUID> current, Set<UUID> more) {
        if (current == null) {
            return more;
        }
        var result = new HashSet<>(current);
        result.retainAll(more);
        return result;
    }
}
