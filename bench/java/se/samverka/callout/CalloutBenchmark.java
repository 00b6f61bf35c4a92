package se.samverka.callout;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;

/**
 * Load client for {@link CalloutSelector#select}: 100,000 random volunteers over Ekerö's districts, 1,000
 * random needs. First checks that every selection equals the brute-force one (fails loudly otherwise), then
 * warms up and records the latency of each call in an HdrHistogram. Run with {@code ./mvnw -B -Pbench test}
 * (see docs/performance.md); it is not part of the normal build.
 */
class CalloutBenchmark {

    static final long SEED = Long.getLong("bench.seed", 20261130L);
    static final int VOLUNTEERS = Integer.getInteger("bench.volunteers", 100_000);
    static final int NEEDS = Integer.getInteger("bench.needs", 1_000);
    static final int WARMUP_ROUNDS = Integer.getInteger("bench.warmupRounds", 10);
    static final int MEASURED_ROUNDS = Integer.getInteger("bench.measuredRounds", 20);
    static final Instant NOW = Instant.parse("2026-11-30T07:00:00Z");

    @Test
    void selectLatency() {
        run();
    }

    public static void main(String[] args) {
        run();
    }

    static void run() {
        System.out.printf(
                "Call-out benchmark: %,d volunteers, %,d needs, seed %d, java %s on %d cores%n",
                VOLUNTEERS,
                NEEDS,
                SEED,
                System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors());
        var random = new RandomVolunteers(SEED);
        var candidates = random.candidates(VOLUNTEERS, NOW);
        var needs = new ArrayList<Need>(NEEDS);
        for (int i = 0; i < NEEDS; i++) {
            needs.add(random.need(NOW));
        }
        var start = System.nanoTime();
        var selector = new CalloutSelector(candidates, RandomVolunteers.EKERO, RandomVolunteers.STOCKHOLM);
        System.out.printf("Index built in %d ms%n", TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));

        checkAgainstBruteForce(selector, candidates, needs);

        var sink = 0L;
        for (int round = 0; round < WARMUP_ROUNDS; round++) {
            sink += selectAll(selector, needs, null);
        }
        var histogram = new Histogram(TimeUnit.SECONDS.toNanos(10), 3);
        for (int round = 0; round < MEASURED_ROUNDS; round++) {
            sink += selectAll(selector, needs, histogram);
        }
        System.out.printf(
                "select(): %,d calls measured after %,d warm-up calls (%d volunteers asked in total)%n",
                histogram.getTotalCount(), (long) WARMUP_ROUNDS * NEEDS, sink);
        for (var p : new double[] {50, 90, 99, 99.9, 100}) {
            System.out.printf(
                    "  %-6s %10.3f ms%n",
                    p == 100 ? "max" : "p" + trim(p), histogram.getValueAtPercentile(p) / 1_000_000.0);
        }
        System.out.printf("  mean   %10.3f ms%n", histogram.getMean() / 1_000_000.0);
        var p99 = histogram.getValueAtPercentile(99) / 1_000_000.0;
        System.out.printf("Target p99 <= 50 ms: %s%n", p99 <= 50 ? "MET" : "NOT MET");
    }

    private static void checkAgainstBruteForce(CalloutSelector selector, List<Candidate> candidates, List<Need> needs) {
        var bruteForce = new BruteForceSelector(candidates, RandomVolunteers.EKERO, RandomVolunteers.STOCKHOLM);
        var start = System.nanoTime();
        var asked = 0;
        for (int i = 0; i < needs.size(); i++) {
            var need = needs.get(i);
            var howMany = need.howManyToAsk(CalloutSelector.DEFAULT_FACTOR);
            var expected = bruteForce.select(need, howMany, NOW);
            var actual = selector.select(need, howMany, NOW);
            if (!Objects.equals(expected, actual)) {
                throw new AssertionError("Selection " + i + " for " + need + " differs from brute force:\n  expected "
                        + expected + "\n  actual   " + actual);
            }
            asked += actual.toAsk().size();
        }
        System.out.printf(
                "All %,d selections equal the brute-force selection (%,d volunteers to ask; "
                        + "brute force and index together took %d ms)%n",
                needs.size(), asked, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
    }

    private static long selectAll(CalloutSelector selector, List<Need> needs, Histogram histogram) {
        var asked = 0L;
        for (var need : needs) {
            var start = System.nanoTime();
            var selection = selector.select(need, need.howManyToAsk(CalloutSelector.DEFAULT_FACTOR), NOW);
            var took = System.nanoTime() - start;
            if (histogram != null) {
                histogram.recordValue(took);
            }
            asked += selection.toAsk().size();
        }
        return asked;
    }

    private static String trim(double p) {
        return p == Math.rint(p) ? String.valueOf((long) p) : String.valueOf(p);
    }
}
