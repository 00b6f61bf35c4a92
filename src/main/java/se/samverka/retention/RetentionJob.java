package se.samverka.retention;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Runs every category: computes its cutoff from the rule, then removes expired rows batch by batch, each batch a
 * short transaction of the category's own, resting between batches so that users are never held up. Deliberately
 * not transactional itself; progress is written after every batch, so the admin page shows it while it runs.
 */
@Service
class RetentionJob {

    private static final Logger log = LoggerFactory.getLogger(RetentionJob.class);

    private final List<RetentionCategory> categories;
    private final RetentionRuns runs;
    private final RetentionProperties properties;
    private final Clock clock;
    private final AtomicBoolean running = new AtomicBoolean();

    RetentionJob(List<RetentionCategory> categories, RetentionRuns runs, RetentionProperties properties, Clock clock) {
        this.categories = categories.stream()
                .sorted(Comparator.comparing(RetentionCategory::name))
                .toList();
        this.runs = runs;
        this.properties = properties;
        this.clock = clock;
        this.categories.forEach(RetentionJob::check);
    }

    /** Refuses to start with a category whose rule is missing or shorter than the category allows. */
    private static void check(RetentionCategory category) {
        var rule = category.rule();
        if (rule.months() < category.minimumMonths()) {
            throw new IllegalStateException(
                    "samverka.retention.rules." + category.name() + ".months is " + rule.months() + ", but "
                            + category.name() + " must be kept at least " + category.minimumMonths() + " months");
        }
    }

    List<RetentionCategory> categories() {
        return categories;
    }

    /** Runs every category once; returns false without doing anything when a run is already going on here. */
    boolean runAll(String triggeredBy) {
        if (!running.compareAndSet(false, true)) {
            log.info("Retention run requested by {} while one is running: skipped", triggeredBy);
            return false;
        }
        try {
            runs.failAbandoned(clock.instant());
            var runId = UUID.randomUUID();
            for (var category : categories) {
                run(runId, category, triggeredBy);
            }
            return true;
        } finally {
            running.set(false);
        }
    }

    private void run(UUID runId, RetentionCategory category, String triggeredBy) {
        var rule = category.rule();
        var now = clock.instant();
        var cutoff = ZonedDateTime.ofInstant(now, clock.getZone())
                .minusMonths(rule.months())
                .toInstant();
        var id = runs.start(runId, category.name(), rule, cutoff, now, triggeredBy);
        long removed = 0;
        try {
            int batch;
            while ((batch = category.purgeBatch(cutoff, properties.batchSize())) > 0) {
                removed += batch;
                runs.progress(id, removed);
                pause();
            }
            runs.finish(id, removed, RunOutcome.DONE, clock.instant());
            log.info("Retention {}: {} rows removed before {} ({})", category.name(), removed, cutoff, rule.decision());
        } catch (RuntimeException e) {
            runs.finish(id, removed, RunOutcome.FAILED, clock.instant());
            log.error("Retention {} failed after {} rows", category.name(), removed, e);
        }
    }

    private void pause() {
        if (properties.pause().isZero()) {
            return;
        }
        try {
            Thread.sleep(properties.pause().toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Retention run interrupted", e);
        }
    }

    Instant now() {
        return clock.instant();
    }

    ZoneId zone() {
        return clock.getZone();
    }
}
