package se.samverka.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import se.samverka.IntegrationTest;

/**
 * One million expired sent messages are removed by the job in batches of 1,000, each its own short transaction,
 * while volunteers keep signing up on other threads: no sign-up fails and none waits more than a few seconds.
 */
@IntegrationTest
@TestPropertySource(
        properties = {
            "db-scheduler.enabled=false",
            "samverka.notification.deliver=false",
            "samverka.retention.batch-size=1000",
            "samverka.retention.pause=5ms"
        })
// Why @DirtiesContext: this class's settings make a context that no other class shares; closing it after the class
// frees its connection pool and threads instead of keeping them in the context cache for nobody.
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class RetentionVolumeTests {

    private static final Logger log = LoggerFactory.getLogger(RetentionVolumeTests.class);

    static final int ROWS = 1_000_000;
    static final int SIGNUP_THREADS = 2;
    static final long MAX_SIGNUP_MILLIS = 5_000;
    static final long THINK_MILLIS = 100;

    @Autowired
    RetentionJob job;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    @Test
    void aMillionExpiredRowsGoInBatchesWhileVolunteersKeepSigningUp() throws Exception {
        var started = System.nanoTime();
        var tag = "volume-" + UUID.randomUUID();
        // two connections seed half each: the machine has two cores
        var seeding = new ArrayList<CompletableFuture<Void>>();
        for (int part = 0; part < 2; part++) {
            var from = part * ROWS / 2 + 1;
            var to = (part + 1) * ROWS / 2;
            seeding.add(CompletableFuture.runAsync(() -> jdbc.sql("""
					INSERT INTO outbox_message (id, dedupe_key, channel, recipient, subject, body, status, attempts,
					  next_attempt_at, created_at, sent_at)
					SELECT gen_random_uuid(), :tag || '-' || g, 'EMAIL', 'volume@example.se', 'Hej', 'Text', 'SENT', 1, t, t, t
					FROM generate_series(:from, :to) AS g, (SELECT now() - INTERVAL '200 days' AS t) AS old""")
                    .param("tag", tag)
                    .param("from", from)
                    .param("to", to)
                    .update()));
        }
        CompletableFuture.allOf(seeding.toArray(CompletableFuture[]::new)).get(120, TimeUnit.SECONDS);
        jdbc.sql("ANALYZE outbox_message").update();
        var seeded = System.nanoTime();
        assertThat(remaining(tag)).isEqualTo(ROWS);

        // for comparison: sign-ups with nothing else going on, after one that warms the code up
        var failures = new CopyOnWriteArrayList<String>();
        signUpOnce(tag, new ArrayList<>(), failures);
        var quiet = new CopyOnWriteArrayList<Long>();
        var quietDone = new AtomicBoolean();
        var quietRun = CompletableFuture.runAsync(() -> signUpUntil(quietDone, tag, quiet, failures));
        Thread.sleep(2000);
        quietDone.set(true);
        quietRun.get(30, TimeUnit.SECONDS);
        var jobStart = System.nanoTime();

        var done = new AtomicBoolean();
        var latencies = new CopyOnWriteArrayList<Long>();
        var signups = new ArrayList<CompletableFuture<Void>>();
        for (int t = 0; t < SIGNUP_THREADS; t++) {
            signups.add(CompletableFuture.runAsync(() -> signUpUntil(done, tag, latencies, failures)));
        }
        var removedBefore = new AtomicLong(totalRemovedSoFar());
        boolean ran;
        try {
            ran = job.runAll("volume-test");
        } finally {
            done.set(true);
        }
        CompletableFuture.allOf(signups.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
        var finished = System.nanoTime();

        assertThat(ran).isTrue();
        assertThat(remaining(tag)).isZero();
        var run = jdbc.sql("SELECT rows_removed, outcome FROM retention_run WHERE category = 'sent-messages'"
                        + " AND triggered_by = 'volume-test' ORDER BY started_at DESC LIMIT 1")
                .query()
                .singleRow();
        assertThat(run.get("outcome")).isEqualTo("DONE");
        assertThat(((Number) run.get("rows_removed")).longValue()).isGreaterThanOrEqualTo(ROWS);
        assertThat(totalRemovedSoFar() - removedBefore.get()).isGreaterThanOrEqualTo(ROWS);
        assertThat(failures).as("sign-ups that failed").isEmpty();
        assertThat(latencies).as("sign-ups while the job ran").hasSizeGreaterThan(10);
        var max = latencies.stream().mapToLong(Long::longValue).max().orElseThrow();
        log.info(
                "Retention volume: seeded {} rows in {} ms, removed them in {} ms; {} sign-ups meanwhile, max {} ms"
                        + " (without the job: {} sign-ups, max {} ms); total {} ms",
                ROWS,
                millis(started, seeded),
                millis(jobStart, finished),
                latencies.size(),
                max,
                quiet.size(),
                quiet.stream().mapToLong(Long::longValue).max().orElse(-1),
                millis(started, finished));
        assertThat(max).as("slowest sign-up in ms").isLessThan(MAX_SIGNUP_MILLIS);
    }

    private void signUpUntil(AtomicBoolean done, String tag, List<Long> latencies, List<String> failures) {
        while (!done.get()) {
            signUpOnce(tag, latencies, failures);
            try {
                // people sign up one by one, not in a tight loop: a few each second per thread
                Thread.sleep(THINK_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private void signUpOnce(String tag, List<Long> latencies, List<String> failures) {
        var email = tag + "-" + UUID.randomUUID().toString().substring(0, 8) + "@exempel.se";
        var start = System.nanoTime();
        try {
            var response = mvc.perform(post("/bli-volontar")
                            .with(csrf())
                            .param("name", "Vera Volym")
                            .param("email", email)
                            .param("phone", "070-123 45 67")
                            .param("districts", "ekero-centrum")
                            .param("hasCar", "true")
                            .param("kinds", "SHOPPING")
                            .param("languages", "sv")
                            .param("availability", "WEEKDAY_EVENING")
                            .param("askFrequency", "ONCE_A_MONTH")
                            .param("consent", "true")
                            .param("_consent", "on")
                            .param("formId", UUID.randomUUID().toString()))
                    .andReturn()
                    .getResponse();
            latencies.add(millis(start, System.nanoTime()));
            if (!"/bli-volontar/tack".equals(response.getRedirectedUrl())) {
                var body = response.getContentAsString();
                var errors = body.indexOf("error-summary");
                failures.add(email + ": " + response.getStatus() + " "
                        + (errors < 0 ? "" : body.substring(errors, Math.min(body.length(), errors + 600))));
            }
        } catch (Exception e) {
            failures.add(email + ": " + e);
        }
    }

    private long remaining(String tag) {
        return jdbc.sql("SELECT COUNT(*) FROM outbox_message WHERE dedupe_key LIKE ?")
                .param(tag + "-%")
                .query(Long.class)
                .single();
    }

    private long totalRemovedSoFar() {
        return jdbc.sql("SELECT COALESCE(SUM(removed), 0) FROM retention_statistics WHERE category = 'sent-messages'")
                .query(Long.class)
                .single();
    }

    private static long millis(long from, long to) {
        return TimeUnit.NANOSECONDS.toMillis(to - from);
    }
}
