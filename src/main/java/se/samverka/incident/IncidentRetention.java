package se.samverka.incident;

import java.sql.Timestamp;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.samverka.retention.RetentionCategory;
import se.samverka.retention.RetentionProperties;
import se.samverka.retention.RetentionRule;

/**
 * Closed incidents (with their handling log) are deleted when their retention period after closing is over;
 * feedback after a task goes after the same period from when it was given, unless an open incident refers to it.
 */
@Component
class IncidentRetention implements RetentionCategory {

    static final String NAME = "incidents";

    private final JdbcClient jdbc;

    private final RetentionProperties properties;

    IncidentRetention(JdbcClient jdbc, RetentionProperties properties) {
        this.jdbc = jdbc;
        this.properties = properties;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public RetentionRule rule() {
        return properties.rule(NAME);
    }

    @Override
    @Transactional
    public int purgeBatch(Instant cutoff, int batchSize) {
        var before = Timestamp.from(cutoff);
        int removed = jdbc.sql("""
				DELETE FROM incident WHERE id IN (
				  SELECT id FROM incident WHERE status = 'CLOSED' AND closed_at < ? ORDER BY closed_at LIMIT ?)""").params(before, batchSize).update();
        if (removed < batchSize) {
            removed += jdbc.sql("""
					DELETE FROM task_feedback WHERE id IN (
					  SELECT f.id FROM task_feedback f WHERE f.given_at < ?
					  AND NOT EXISTS (SELECT 1 FROM incident i WHERE i.feedback_id = f.id)
					  ORDER BY f.given_at LIMIT ?)""").params(before, batchSize - removed).update();
        }
        return removed;
    }
}
