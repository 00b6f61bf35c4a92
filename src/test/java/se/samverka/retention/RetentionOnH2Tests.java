package se.samverka.retention;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/** The demo runs on H2 in PostgreSQL mode: every category's SQL must work there too. */
@SpringBootTest(
        properties = {
            "spring.datasource.url=jdbc:h2:mem:retention-h2;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
            "spring.datasource.username=sa",
            "spring.datasource.password=",
            "db-scheduler.enabled=false",
            "samverka.notification.deliver=false",
            "samverka.retention.pause=0ms",
            "samverka.retention.batch-size=2"
        })
@ActiveProfiles("demo")
class RetentionOnH2Tests {

    @Autowired
    RetentionJob job;

    @Autowired
    JdbcClient jdbc;

    @Test
    void everyCategoryRunsOnH2() {
        var old = Timestamp.from(Instant.now().minus(1000, ChronoUnit.DAYS));
        jdbc.sql("UPDATE help_request SET status = 'CANCELLED', updated_at = ? WHERE status IN ('NEW', 'OPEN')")
                .param(old)
                .update();
        jdbc.sql("UPDATE volunteer SET last_active_at = ?").param(old).update();
        jdbc.sql("INSERT INTO audit_log (occurred_at, actor, action, subject_kind, subject_id, purpose)"
                        + " VALUES (?, 'test', 'VIEW', 'VOLUNTEER', RANDOM_UUID(), 'test')")
                .param(old)
                .update();
        jdbc.sql("""
				INSERT INTO outbox_message (id, dedupe_key, channel, recipient, subject, body, status, attempts,
				  next_attempt_at, created_at, sent_at) VALUES (RANDOM_UUID(), 'h2-old', 'EMAIL', 'a@example.se', 'Hej', 'Text',
				  'SENT', 1, ?, ?, ?)""").params(old, old, old).update();

        assertThat(job.runAll("h2")).isTrue();

        assertThat(jdbc.sql(
                                "SELECT category || ':' || outcome FROM retention_run WHERE triggered_by = 'h2' ORDER BY category")
                        .query(String.class)
                        .list())
                .containsExactly(
                        "audit-log:DONE",
                        "help-requests:DONE",
                        "inactive-volunteers:DONE",
                        "incidents:DONE",
                        "register-imports:DONE",
                        "sent-messages:DONE",
                        "spontaneous-volunteers:DONE");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM help_request WHERE anonymised_at IS NULL AND updated_at = ?")
                        .param(old)
                        .query(Integer.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM volunteer_stay_question")
                        .query(Integer.class)
                        .single())
                .isPositive();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM outbox_message WHERE dedupe_key = 'h2-old'")
                        .query(Integer.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("SELECT COALESCE(SUM(removed), 0) FROM retention_statistics")
                        .query(Long.class)
                        .single())
                .isPositive();
    }
}
