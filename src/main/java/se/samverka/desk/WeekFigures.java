package se.samverka.desk;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import org.springframework.stereotype.Component;
import se.samverka.callout.CalloutFigures;
import se.samverka.callout.ContactLedger;
import se.samverka.shared.Recent;
import se.samverka.volunteer.AskFrequency;
import se.samverka.volunteer.VolunteerFilter;
import se.samverka.volunteer.Volunteers;

/**
 * Works out the week at a glance from the owning modules' aggregate queries and keeps it for
 * {@code samverka.desk.week-max-age}: one coordinator counts while the others reloading the start page wait for
 * that result. The reserve is the register's "ready" volunteers (e-mail confirmed, not paused, not suspended, the
 * level their kinds need reached) who said yes to no need this week and whose contact budget is not used up.
 */
@Component
class WeekFigures {

    private final CalloutFigures callouts;
    private final ContactLedger ledger;
    private final Volunteers volunteers;
    private final VolunteerRegister register;
    private final Clock clock;
    private final Recent<LocalDate, Week> recent;

    /** One daemon thread that works the week out again in the background. */
    private static final Executor REFRESH = Executors.newSingleThreadExecutor(runnable -> {
        var thread = new Thread(runnable, "desk-week-refresh");
        thread.setDaemon(true);
        return thread;
    });

    WeekFigures(
            CalloutFigures callouts,
            ContactLedger ledger,
            Volunteers volunteers,
            VolunteerRegister register,
            DeskProperties properties,
            Clock clock) {
        this.callouts = callouts;
        this.ledger = ledger;
        this.volunteers = volunteers;
        this.register = register;
        this.clock = clock;
        this.recent = new Recent<>(properties.weekMaxAge(), 4, clock);
    }

    /**
     * The week's figures, at most a max age old; when older, the page gets the old ones at once while one background
     * thread works them out again, so the start page (measured, issue 11) never waits for the week after the first time.
     */
    Week now() {
        var today = LocalDate.now(clock);
        return recent.getServingStale(today, () -> workOut(today), REFRESH);
    }

    Week workOut(LocalDate today) {
        var zone = clock.getZone();
        var monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        var sunday = monday.plusDays(6);
        var open = callouts.openByUrgency().entrySet().stream()
                .map(e -> new Week.UrgencyLine(e.getKey(), e.getValue()))
                .toList();
        var days = callouts.fillByDay(monday, sunday).entrySet().stream()
                .map(e -> new Week.DayLine(e.getKey(), e.getValue()))
                .toList();
        var time = callouts.timeToFill(
                monday.atStartOfDay(zone).toInstant(),
                sunday.plusDays(1).atStartOfDay(zone).toInstant());
        return new Week(monday, sunday, open, days, time.filled(), time.median(), time.p90(), reserve(monday, sunday));
    }

    private long reserve(LocalDate monday, LocalDate sunday) {
        var ready = register.criteria(
                new RegisterFilter(null, null, null, null, null, RegisterStatus.READY, null, null, null, 1));
        var not = new HashSet<UUID>(ready.notAmong() == null ? Set.of() : ready.notAmong());
        not.addAll(callouts.engaged(monday, sunday));
        var filter = new VolunteerFilter(
                ready.text(),
                ready.districtId(),
                ready.kind(),
                ready.language(),
                ready.signedUpFrom(),
                ready.signedUpBefore(),
                ready.paused(),
                ready.pausedOn(),
                ready.onlyAmong(),
                not,
                ready.ready(),
                ready.requirements());
        var now = clock.instant();
        var used = new EnumMap<AskFrequency, Set<UUID>>(AskFrequency.class);
        for (var frequency : AskFrequency.values()) {
            if (frequency.maxAsks() > 0) {
                used.put(frequency, ledger.askedAtLeast(frequency.maxAsks(), now.minus(frequency.window())));
            }
        }
        return volunteers.countWithinBudget(filter, used);
    }
}
