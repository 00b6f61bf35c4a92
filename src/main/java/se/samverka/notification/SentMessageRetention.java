package se.samverka.notification;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.samverka.retention.RetentionCategory;
import se.samverka.retention.RetentionProperties;
import se.samverka.retention.RetentionRule;
import se.samverka.retention.RetentionStatistics;

/**
 * Sent e-mails and SMS (outbox rows with status SENT) and received SMS older than the retention period are deleted;
 * their number per month and channel is kept in the retention statistics. Held and failed messages stay for the
 * administrators to look at.
 */
@Component
class SentMessageRetention implements RetentionCategory {

    static final String NAME = "sent-messages";

    private final JdbcClient jdbc;
    private final RetentionProperties properties;
    private final RetentionStatistics statistics;
    private final Clock clock;

    SentMessageRetention(JdbcClient jdbc, RetentionProperties properties, RetentionStatistics statistics, Clock clock) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.statistics = statistics;
        this.clock = clock;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public RetentionRule rule() {
        return properties.rule(NAME);
    }

    private record Expired(UUID id, String kind, Instant at) {}

    @Override
    @Transactional
    public int purgeBatch(Instant cutoff, int batchSize) {
        var sent = jdbc.sql("SELECT id, channel, sent_at FROM outbox_message WHERE status = 'SENT' AND sent_at < ?"
                        + " ORDER BY sent_at LIMIT ?")
                .params(Timestamp.from(cutoff), batchSize)
                .query((rs, i) -> new Expired(
                        rs.getObject(1, UUID.class),
                        rs.getString(2),
                        rs.getTimestamp(3).toInstant()))
                .list();
        var removed = delete("outbox_message", sent);
        if (sent.size() < batchSize) {
            var received = jdbc.sql(
                            "SELECT id, received_at FROM inbound_sms WHERE received_at < ? ORDER BY received_at LIMIT ?")
                    .params(Timestamp.from(cutoff), batchSize - sent.size())
                    .query((rs, i) -> new Expired(
                            rs.getObject(1, UUID.class),
                            "INBOUND_SMS",
                            rs.getTimestamp(2).toInstant()))
                    .list();
            removed += delete("inbound_sms", received);
        }
        return removed;
    }

    private int delete(String table, List<Expired> rows) {
        if (rows.isEmpty()) {
            return 0;
        }
        var counts = new HashMap<Map.Entry<LocalDate, String>, Long>();
        rows.forEach(r -> counts.merge(
                Map.entry(r.at().atZone(clock.getZone()).toLocalDate().withDayOfMonth(1), r.kind()), 1L, Long::sum));
        counts.forEach((key, n) -> statistics.add(key.getKey(), NAME, key.getValue(), n));
        return jdbc.sql("DELETE FROM " + table + " WHERE id IN (:ids)")
                .param("ids", rows.stream().map(Expired::id).toList())
                .update();
    }
}
