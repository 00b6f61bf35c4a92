package se.samverka.callout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.dao.TransientDataAccessResourceException;

class AskingGateTests {

    private static AskingGate gate(int concurrent, Duration wait) {
        return new AskingGate(new CalloutProperties(null, null, null, null, null, null, null, concurrent, wait));
    }

    @Test
    void letsNoMoreThanTheConfiguredNumberInAtOnce() throws Exception {
        var gate = gate(2, Duration.ofSeconds(10));
        var inside = new AtomicInteger();
        var most = new AtomicInteger();
        var runs = new CompletableFuture<?>[20];
        for (var i = 0; i < runs.length; i++) {
            runs[i] = CompletableFuture.runAsync(() -> gate.through(() -> {
                most.accumulateAndGet(inside.incrementAndGet(), Math::max);
                sleepMillis(5);
                inside.decrementAndGet();
                return null;
            }));
        }
        CompletableFuture.allOf(runs).get(30, TimeUnit.SECONDS);
        assertThat(most.get()).isBetween(1, 2);
        assertThat(gate.available()).isEqualTo(2);
    }

    @Test
    void oneThatWaitedTooLongIsToldTheServiceIsBusyAsWhenTheDatabaseIs() throws Exception {
        var gate = gate(1, Duration.ofMillis(50));
        var entered = new CountDownLatch(1);
        var leave = new CountDownLatch(1);
        var holder = CompletableFuture.runAsync(() -> gate.through(() -> {
            entered.countDown();
            await(leave);
            return null;
        }));
        assertThat(entered.await(10, TimeUnit.SECONDS)).isTrue();

        assertThatThrownBy(() -> gate.through(() -> "never"))
                .isInstanceOf(TransientDataAccessResourceException.class)
                .hasRootCauseInstanceOf(java.sql.SQLTransientConnectionException.class);

        leave.countDown();
        holder.get(10, TimeUnit.SECONDS);
        assertThat(gate.through(() -> "in")).isEqualTo("in");
    }

    @Test
    void aFailingAnswerGivesItsTurnBack() {
        var gate = gate(1, Duration.ofMillis(50));
        assertThatThrownBy(() -> gate.through(() -> {
                    throw new IllegalStateException("boom");
                }))
                .isInstanceOf(IllegalStateException.class);
        assertThat(gate.available()).isEqualTo(1);
    }

    /** Stands for the work under the contact lock. */
    private static void sleepMillis(long millis) {
        java.util.concurrent.locks.LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(millis));
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
