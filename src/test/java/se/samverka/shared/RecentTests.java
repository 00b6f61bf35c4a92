package se.samverka.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RecentTests {

    /** A clock the test moves by hand. */
    private static final class Hand extends Clock {
        private Instant now = Instant.parse("2026-12-07T10:00:00Z");

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void keepsAFigureForItsMaxAgePerKeyAndForgetsOnClear() {
        var clock = new Hand();
        var recent = new Recent<String, Integer>(Duration.ofSeconds(5), 10, clock);
        var work = new AtomicInteger();
        assertThat(recent.get("a", work::incrementAndGet)).isEqualTo(1);
        assertThat(recent.get("a", work::incrementAndGet)).as("still fresh").isEqualTo(1);
        assertThat(recent.get("b", work::incrementAndGet))
                .as("another key counts itself")
                .isEqualTo(2);
        clock.now = clock.now.plusSeconds(5);
        assertThat(recent.get("a", work::incrementAndGet))
                .as("five seconds old is stale")
                .isEqualTo(3);
        recent.clear();
        assertThat(recent.get("a", work::incrementAndGet)).as("cleared").isEqualTo(4);
        recent.clearAfterCommit();
        assertThat(recent.get("a", work::incrementAndGet))
                .as("without a transaction, cleared at once")
                .isEqualTo(5);
    }

    @Test
    void zeroMaxAgeWorksItOutEveryTimeAndTooManyKeysAreForgotten() {
        var clock = new Hand();
        var work = new AtomicInteger();
        var never = new Recent<String, Integer>(Duration.ZERO, 10, clock);
        never.get("a", work::incrementAndGet);
        never.get("a", work::incrementAndGet);
        assertThat(work).hasValue(2);
        var small = new Recent<Integer, Integer>(Duration.ofMinutes(1), 2, clock);
        small.get(1, () -> 1);
        small.get(2, () -> 2);
        small.get(3, () -> 3);
        assertThat(small.get(1, () -> 10))
                .as("a third key forgot the first two")
                .isEqualTo(10);
    }

    @Test
    void callersArrivingWhileOneWorksWaitForItsResult() throws Exception {
        var recent = new Recent<String, Integer>(Duration.ofMinutes(1), 10, Clock.systemUTC());
        var work = new AtomicInteger();
        var started = new CountDownLatch(1);
        var release = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(8);
        try {
            var results = new ArrayList<java.util.concurrent.Future<Integer>>();
            results.add(pool.submit(() -> recent.get("k", () -> {
                started.countDown();
                await(release);
                return work.incrementAndGet();
            })));
            assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();
            for (var i = 0; i < 7; i++) {
                results.add(pool.submit(() -> recent.get("k", work::incrementAndGet)));
            }
            release.countDown();
            for (var result : results) {
                assertThat(result.get(5, TimeUnit.SECONDS)).isEqualTo(1);
            }
            assertThat(work).as("counted once for eight callers").hasValue(1);
        } finally {
            pool.shutdownNow();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void aStaleFigureIsServedAtOnceWhileOneBackgroundTaskWorksItOutAgain() {
        var clock = new Hand();
        var recent = new Recent<String, Integer>(Duration.ofSeconds(5), 10, clock);
        var work = new AtomicInteger();
        var queued = new ArrayList<Runnable>();
        assertThat(recent.getServingStale("a", work::incrementAndGet, queued::add))
                .as("the first caller waits for the figure")
                .isEqualTo(1);
        assertThat(queued).isEmpty();
        clock.now = clock.now.plusSeconds(6);
        assertThat(recent.getServingStale("a", work::incrementAndGet, queued::add))
                .as("stale: served at once")
                .isEqualTo(1);
        assertThat(recent.getServingStale("a", work::incrementAndGet, queued::add))
                .isEqualTo(1);
        assertThat(queued).as("one refresh, however many ask").hasSize(1);
        assertThat(work).hasValue(1);
        queued.get(0).run();
        assertThat(recent.getServingStale("a", work::incrementAndGet, queued::add))
                .as("the refreshed figure")
                .isEqualTo(2);
        assertThat(queued).hasSize(1);
    }
}
