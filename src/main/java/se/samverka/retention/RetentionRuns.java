package se.samverka.retention;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The record of runs, one row per category and run, written in auto-committed statements outside the batches. */
@Repository
class RetentionRuns {

    private final JdbcClient jdbc;

    RetentionRuns(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    UUID start(UUID runId, String category, RetentionRule rule, Instant cutoff, Instant now, String triggeredBy) {
        var id = UUID.randomUUID();
        jdbc.sql("""
				INSERT INTO retention_run (id, run_id, category, decision, keep_months, cutoff, started_at, outcome, triggered_by)
				VALUES (?, ?, ?, ?, ?, ?, ?, 'RUNNING', ?)""")
                .params(
                        id,
                        runId,
                        category,
                        rule.decision(),
                        rule.months(),
                        Timestamp.from(cutoff),
                        Timestamp.from(now),
                        triggeredBy)
                .update();
        return id;
    }

    void progress(UUID id, long removed) {
        jdbc.sql("UPDATE retention_run SET rows_removed = ? WHERE id = ?")
                .params(removed, id)
                .update();
    }

    void finish(UUID id, long removed, RunOutcome outcome, Instant now) {
        jdbc.sql("UPDATE retention_run SET rows_removed = ?, outcome = ?, finished_at = ? WHERE id = ?")
                .params(removed, outcome.name(), Timestamp.from(now), id)
                .update();
    }

    /** Runs still marked running, for instance after a crash, are closed as failed when a new run starts. */
    void failAbandoned(Instant now) {
        jdbc.sql("UPDATE retention_run SET outcome = 'FAILED', finished_at = ? WHERE outcome = 'RUNNING'")
                .param(Timestamp.from(now))
                .update();
    }

    List<RunLine> latest(int limit) {
        return jdbc.sql("""
				SELECT run_id, category, decision, keep_months, cutoff, started_at, finished_at, rows_removed, outcome,
				       triggered_by
				FROM retention_run ORDER BY started_at DESC, category LIMIT ?""")
                .param(limit)
                .query((rs, i) -> new RunLine(
                        rs.getObject("run_id", UUID.class),
                        rs.getString("category"),
                        rs.getString("decision"),
                        rs.getInt("keep_months"),
                        rs.getTimestamp("cutoff").toInstant(),
                        rs.getTimestamp("started_at").toInstant(),
                        rs.getTimestamp("finished_at") == null
                                ? null
                                : rs.getTimestamp("finished_at").toInstant(),
                        rs.getLong("rows_removed"),
                        RunOutcome.valueOf(rs.getString("outcome")),
                        rs.getString("triggered_by")))
                .list();
    }

    boolean running() {
        return jdbc.sql("SELECT COUNT(*) FROM retention_run WHERE outcome = 'RUNNING'")
                        .query(Integer.class)
                        .single()
                > 0;
    }
}
