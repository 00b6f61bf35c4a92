package se.samverka.helprequest;

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
 * Closed help requests (done, cancelled, not helped) whose retention period after closing is over are anonymised,
 * not deleted: assignments and offers of the task module refer to the row without cascading, and the
 * coordinators' measures count them. Everything about the resident and the errand goes; kind, district, status and
 * dates stay. Their history and the follow-up question by SMS are deleted. Before that, each request is counted in
 * the retention statistics by the month it came in, its status and its kind.
 */
@Component
class ClosedRequestRetention implements RetentionCategory {

    static final String NAME = "help-requests";

    /** Stands in for every removed text, and a number that is valid but reaches no one for the phone. */
    static final String REMOVED = "-";

    static final String NO_PHONE = HelpRequestPersonalData.ERASED_PHONE;

    private final JdbcClient jdbc;
    private final RetentionProperties properties;
    private final RetentionStatistics statistics;
    private final Clock clock;

    ClosedRequestRetention(
            JdbcClient jdbc, RetentionProperties properties, RetentionStatistics statistics, Clock clock) {
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

    private record Expired(UUID id, LocalDate month, String status, String kind) {}

    @Override
    @Transactional
    public int purgeBatch(Instant cutoff, int batchSize) {
        var expired = jdbc.sql("""
				SELECT id, created_at, status, kind FROM help_request
				WHERE anonymised_at IS NULL AND status IN ('DONE', 'CANCELLED', 'NOT_HELPED') AND updated_at < ?
				ORDER BY updated_at LIMIT ?""")
                .params(Timestamp.from(cutoff), batchSize)
                .query((rs, i) -> new Expired(
                        rs.getObject("id", UUID.class),
                        rs.getTimestamp("created_at")
                                .toInstant()
                                .atZone(clock.getZone())
                                .toLocalDate(),
                        rs.getString("status"),
                        rs.getString("kind")))
                .list();
        if (expired.isEmpty()) {
            return 0;
        }
        var ids = expired.stream().map(Expired::id).toList();
        jdbc.sql("DELETE FROM help_request_history WHERE request_id IN (:ids)")
                .param("ids", ids)
                .update();
        jdbc.sql("DELETE FROM resident_followup WHERE request_id IN (:ids)")
                .param("ids", ids)
                .update();
        var anonymised = jdbc.sql("""
				UPDATE help_request SET resident_name = :removed, resident_phone = :phone, street_address = :removed,
				  description = :removed, code_word = :removed, language = NULL, risk_group_enc = NULL, submitter_name = NULL,
				  submitter_phone = NULL, submitter_relation = NULL,
				  not_helped_reason = CASE WHEN not_helped_reason IS NULL THEN NULL ELSE :removed END,
				  anonymised_at = :now, version = version + 1
				WHERE id IN (:ids) AND anonymised_at IS NULL""")
                .param("removed", REMOVED)
                .param("phone", NO_PHONE)
                .param("now", Timestamp.from(clock.instant()))
                .param("ids", ids)
                .update();
        count(expired);
        return anonymised;
    }

    private void count(List<Expired> expired) {
        Map<List<Object>, Long> counts = new HashMap<>();
        for (var e : expired) {
            counts.merge(List.of(e.month().withDayOfMonth(1), e.status() + ":" + e.kind()), 1L, Long::sum);
        }
        counts.forEach((key, n) -> statistics.add((LocalDate) key.get(0), NAME, (String) key.get(1), n));
    }
}
