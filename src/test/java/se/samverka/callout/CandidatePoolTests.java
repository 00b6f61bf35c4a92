package se.samverka.callout;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import se.samverka.IntegrationTest;
import se.samverka.TestVolunteer;
import se.samverka.district.Districts;
import se.samverka.safeguarding.Safeguarding;
import se.samverka.shared.HelpKind;
import se.samverka.volunteer.VolunteerProfileChanged;
import se.samverka.volunteer.Volunteers;

/**
 * The candidate index of one app instance follows what another instance writes: asks in the ledger and changed
 * volunteers. A second {@link CandidatePool} over the same database stands in for the other instance.
 */
@IntegrationTest
class CandidatePoolTests {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Districts districts;

    @Autowired
    Volunteers volunteers;

    @Autowired
    ContactLedger ledger;

    @Autowired
    Safeguarding safeguarding;

    @Autowired
    CandidateFeeds feeds;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    ContactBudgets budgets;

    @Autowired
    Clock clock;

    @Test
    void anotherInstancesAsksAndProfileChangesCountBeforeTheNextWave() {
        var home = districts.save(null, "Poolholmen " + System.nanoTime(), 650000, 6580000, 991, Set.of());
        var first = TestVolunteer.named("Första Pool")
                .in(home)
                .id(new UUID(0, System.nanoTime()))
                .insert(jdbc)
                .id();
        var second = TestVolunteer.named("Andra Pool")
                .in(home)
                .id(new UUID(1, System.nanoTime()))
                .insert(jdbc)
                .id();
        var need = new Need(
                HelpKind.SHOPPING,
                home,
                LocalDate.now(clock).plusDays(2),
                LocalTime.of(10, 0),
                LocalTime.of(11, 0),
                null,
                1);
        var pool = new CandidatePool(volunteers, ledger, safeguarding, districts, feeds, budgets, clock);
        assertThat(wave(pool, need).toAsk()).containsExactly(first);

        // the other instance asks the first volunteer, who may be asked once a week
        inTransaction(() -> {
            ledger.lockForAsking();
            ledger.record(first, ContactEntry.ASK, "EMAIL", ContactSource.CALLOUT, UUID.randomUUID(), clock.instant());
        });
        var afterAsk = wave(pool, need);
        assertThat(afterAsk.toAsk()).containsExactly(second);
        assertThat(afterAsk.skipped()).isEqualTo(Map.of(SkipReason.BUDGET_USED, 1));

        // ... and the second pauses through their profile, which publishes the change
        inTransaction(() -> {
            jdbc.sql("UPDATE volunteer SET paused_until = ? WHERE id = ?")
                    .params(java.sql.Date.valueOf(need.date().plusDays(1)), second)
                    .update();
            events.publishEvent(new VolunteerProfileChanged(second));
        });
        var afterPause = wave(pool, need);
        assertThat(afterPause.toAsk()).isEmpty();
        assertThat(afterPause.skipped()).isEqualTo(Map.of(SkipReason.BUDGET_USED, 1, SkipReason.PAUSED, 1));
    }

    @Test
    void whatARolledBackTransactionShowedTheIndexIsForgotten() {
        var home = districts.save(null, "Backholmen " + System.nanoTime(), 650000, 6580000, 992, Set.of());
        var only = TestVolunteer.named("Enda Pool").in(home).insert(jdbc).id();
        var need = new Need(
                HelpKind.SHOPPING,
                home,
                LocalDate.now(clock).plusDays(2),
                LocalTime.of(10, 0),
                LocalTime.of(11, 0),
                null,
                1);
        var pool = new CandidatePool(volunteers, ledger, safeguarding, districts, feeds, budgets, clock);
        assertThat(wave(pool, need).toAsk()).containsExactly(only);

        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            ledger.lockForAsking();
            ledger.record(only, ContactEntry.ASK, "EMAIL", ContactSource.CALLOUT, UUID.randomUUID(), clock.instant());
            assertThat(pool.current(clock.instant())
                            .selectForWave(need, 1, clock.instant(), Set.of(), false)
                            .toAsk())
                    .isEmpty();
            status.setRollbackOnly();
        });

        assertThat(wave(pool, need).toAsk()).containsExactly(only);
    }

    private Selection wave(CandidatePool pool, Need need) {
        return new TransactionTemplate(transactions).execute(status -> {
            ledger.lockForAsking();
            var now = clock.instant();
            return pool.current(now).selectForWave(need, 1, now, Set.of(), false);
        });
    }

    private void inTransaction(Runnable work) {
        new TransactionTemplate(transactions).executeWithoutResult(status -> work.run());
    }
}
