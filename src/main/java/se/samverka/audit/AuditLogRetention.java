package se.samverka.audit;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.samverka.retention.RetentionCategory;
import se.samverka.retention.RetentionProperties;
import se.samverka.retention.RetentionRule;

/**
 * Audit-log entries older than their retention period are deleted. The database refuses to delete entries younger
 * than one year, so a rule under twelve months stops the application at startup.
 */
@Component
class AuditLogRetention implements RetentionCategory {

    static final String NAME = "audit-log";
    static final int FLOOR_MONTHS = 12;

    /**
     * The trigger compares with the database's own time, not Samverka's clock: entries are only offered to it when
     * they are clearly older than a year by the real time too.
     */
    private static final Duration FLOOR = Duration.ofDays(367);

    private final JdbcClient jdbc;
    private final RetentionProperties properties;

    AuditLogRetention(JdbcClient jdbc, RetentionProperties properties) {
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
    public int minimumMonths() {
        return FLOOR_MONTHS;
    }

    @Override
    @Transactional
    public int purgeBatch(Instant cutoff, int batchSize) {
        var before = cutoff.isBefore(Instant.now().minus(FLOOR))
                ? cutoff
                : Instant.now().minus(FLOOR);
        return jdbc.sql("""
				DELETE FROM audit_log WHERE id IN (
				  SELECT id FROM audit_log WHERE occurred_at < ? ORDER BY occurred_at LIMIT ?)""").params(Timestamp.from(before), batchSize).update();
    }
}
