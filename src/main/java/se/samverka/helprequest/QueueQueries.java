package se.samverka.helprequest;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.samverka.shared.HelpKind;

/**
 * The coordinators' queue as SQL: counts per status and one sorted page. The same district, kind and date
 * filters apply to both, so a tab's count is what the tab shows. Plain SQL that H2 in PostgreSQL mode runs too.
 */
@Repository
class QueueQueries {

    private final JdbcClient jdbc;

    QueueQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Map<HelpRequestStatus, Integer> countByStatus(QueueFilter filter) {
        var where = new Where(filter, null);
        var counts = new EnumMap<HelpRequestStatus, Integer>(HelpRequestStatus.class);
        for (var status : HelpRequestStatus.values()) {
            counts.put(status, 0);
        }
        jdbc.sql("SELECT status, COUNT(*) AS n FROM help_request" + where.sql + " GROUP BY status")
                .params(where.params)
                .query(rs -> {
                    counts.put(HelpRequestStatus.valueOf(rs.getString("status")), rs.getInt("n"));
                });
        return counts;
    }

    QueuePage page(QueueFilter filter, int size) {
        var where = new Where(filter, filter.statuses());
        long total = jdbc.sql("SELECT COUNT(*) FROM help_request" + where.sql)
                .params(where.params)
                .query(Long.class)
                .single();
        var pageCount = (int) Math.max(1, (total + size - 1) / size);
        var page = Math.min(filter.page(), pageCount);
        var params = new HashMap<>(where.params);
        params.put("limit", size);
        params.put("offset", (page - 1) * size);
        var rows = jdbc.sql("""
				SELECT id, number, requested_date, time_from, time_to, kind, district_id, resident_name, status,
				 recurrence, channel FROM help_request""" + where.sql + " ORDER BY requested_date, time_from, number LIMIT :limit OFFSET :offset")
                .params(params)
                .query((rs, i) -> new QueueRow(
                        rs.getObject("id", UUID.class),
                        rs.getLong("number"),
                        rs.getDate("requested_date").toLocalDate(),
                        rs.getTime("time_from").toLocalTime(),
                        rs.getTime("time_to").toLocalTime(),
                        HelpKind.valueOf(rs.getString("kind")),
                        rs.getString("district_id"),
                        rs.getString("resident_name"),
                        HelpRequestStatus.valueOf(rs.getString("status")),
                        Recurrence.valueOf(rs.getString("recurrence")),
                        Channel.valueOf(rs.getString("channel"))))
                .list();
        return new QueuePage(rows, page, size, total);
    }

    /**
     * Requests still waiting for a volunteer that came in before {@code waitingSince} or are due by
     * {@code dueBy}: what a coordinator should look at first. Soonest first.
     */
    List<AttentionItem> needingAttention(String districtId, Instant waitingSince, LocalDate dueBy, int limit) {
        var items = new ArrayList<>(notHelpedBySms(districtId, limit));
        items.addAll(referralReturned(districtId, limit - items.size()));
        var listed = items.stream().map(AttentionItem::id).collect(Collectors.toSet());
        waiting(districtId, waitingSince, dueBy, limit - items.size()).stream()
                .filter(item -> !listed.contains(item.id()))
                .forEach(items::add);
        return items;
    }

    /**
     * Done requests whose resident answered no to the SMS follow-up, until a coordinator records what the
     * resident said on the request page (after calling them). Newest answer first.
     */
    private List<AttentionItem> notHelpedBySms(String districtId, int limit) {
        return jdbc.sql("""
				SELECT r.id, r.number, r.kind, r.district_id, r.requested_date, r.time_from, r.status, r.created_at
				FROM help_request r JOIN resident_followup f ON f.request_id = r.id
				WHERE f.answer = 'NO'
				  AND (CAST(:district AS VARCHAR(40)) IS NULL OR r.district_id = :district)
				  AND NOT EXISTS (SELECT 1 FROM help_request_history h WHERE h.request_id = r.id
				    AND h.action IN ('RESIDENT_CONFIRMED', 'RESIDENT_NOT_HELPED') AND h.occurred_at >= f.answered_at
				    AND (h.detail IS NULL OR h.detail <> :sms))
				ORDER BY f.answered_at DESC, r.number LIMIT :limit""")
                .param("district", districtId)
                .param("sms", ResidentFollowUps.SMS)
                .param("limit", limit)
                .query((rs, i) -> new AttentionItem(
                        rs.getObject("id", UUID.class),
                        rs.getLong("number"),
                        HelpKind.valueOf(rs.getString("kind")),
                        rs.getString("district_id"),
                        rs.getDate("requested_date").toLocalDate(),
                        rs.getTime("time_from").toLocalTime(),
                        HelpRequestStatus.valueOf(rs.getString("status")),
                        rs.getTimestamp("created_at").toInstant(),
                        false,
                        true,
                        false))
                .list();
    }

    /**
     * Requests that came back to the queue because no association accepted them (the referral module writes the
     * history line REFERRAL_EXPIRED or REFERRAL_ALL_DECLINED), until they are referred or assigned again.
     */
    private List<AttentionItem> referralReturned(String districtId, int limit) {
        if (limit <= 0) {
            return List.of();
        }
        return jdbc.sql("""
				SELECT r.id, r.number, r.kind, r.district_id, r.requested_date, r.time_from, r.status, r.created_at
				FROM help_request r
				WHERE r.status IN ('NEW', 'OPEN')
				  AND (CAST(:district AS VARCHAR(40)) IS NULL OR r.district_id = :district)
				  AND EXISTS (SELECT 1 FROM help_request_history h WHERE h.request_id = r.id
				    AND h.action IN ('REFERRAL_EXPIRED', 'REFERRAL_ALL_DECLINED')
				    AND NOT EXISTS (SELECT 1 FROM help_request_history l WHERE l.request_id = r.id AND l.id > h.id
				      AND l.action IN ('REFERRAL_OFFERED', 'ASSIGNED')))
				ORDER BY r.requested_date, r.time_from, r.number LIMIT :limit""")
                .param("district", districtId)
                .param("limit", limit)
                .query((rs, i) -> new AttentionItem(
                        rs.getObject("id", UUID.class),
                        rs.getLong("number"),
                        HelpKind.valueOf(rs.getString("kind")),
                        rs.getString("district_id"),
                        rs.getDate("requested_date").toLocalDate(),
                        rs.getTime("time_from").toLocalTime(),
                        HelpRequestStatus.valueOf(rs.getString("status")),
                        rs.getTimestamp("created_at").toInstant(),
                        false,
                        false,
                        true))
                .list();
    }

    private List<AttentionItem> waiting(String districtId, Instant waitingSince, LocalDate dueBy, int limit) {
        if (limit <= 0) {
            return List.of();
        }
        return jdbc.sql("""
				SELECT id, number, kind, district_id, requested_date, time_from, status, created_at FROM help_request
				WHERE status IN ('NEW', 'OPEN') AND (created_at < :since OR requested_date <= :dueBy)
				  AND (CAST(:district AS VARCHAR(40)) IS NULL OR district_id = :district)
				ORDER BY requested_date, time_from, number LIMIT :limit""")
                .param("district", districtId)
                .param("since", Timestamp.from(waitingSince))
                .param("dueBy", Date.valueOf(dueBy))
                .param("limit", limit)
                .query((rs, i) -> {
                    var date = rs.getDate("requested_date").toLocalDate();
                    return new AttentionItem(
                            rs.getObject("id", UUID.class),
                            rs.getLong("number"),
                            HelpKind.valueOf(rs.getString("kind")),
                            rs.getString("district_id"),
                            date,
                            rs.getTime("time_from").toLocalTime(),
                            HelpRequestStatus.valueOf(rs.getString("status")),
                            rs.getTimestamp("created_at").toInstant(),
                            !date.isAfter(dueBy),
                            false,
                            false);
                })
                .list();
    }

    /** The WHERE clause for a filter, with named parameters. */
    private static final class Where {

        final String sql;

        final Map<String, Object> params = new HashMap<>();

        Where(QueueFilter filter, Collection<HelpRequestStatus> statuses) {
            var conditions = new ArrayList<String>();
            if (statuses != null) {
                conditions.add("status IN (:statuses)");
                params.put("statuses", statuses.stream().map(Enum::name).toList());
            }
            if (filter.district() != null) {
                conditions.add("district_id = :district");
                params.put("district", filter.district());
            }
            if (filter.kind() != null) {
                conditions.add("kind = :kind");
                params.put("kind", filter.kind().name());
            }
            if (filter.from() != null) {
                conditions.add("requested_date >= :from");
                params.put("from", Date.valueOf(filter.from()));
            }
            if (filter.to() != null) {
                conditions.add("requested_date <= :to");
                params.put("to", Date.valueOf(filter.to()));
            }
            sql = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        }
    }
}
