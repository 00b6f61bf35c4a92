package se.samverka.audit;

import java.sql.Timestamp;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.samverka.shared.PersonRef;

/** Reads the audit log for the data-protection officer: filters combined with AND, newest first, a page at a time. */
@Repository
class AuditQueries {

    private final JdbcClient jdbc;

    AuditQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Raw rows of one page; {@code persons} null means any person, empty means nobody matched. */
    Result search(AuditSearch search, List<PersonRef> persons, ZoneId zone, int size) {
        var where = new ArrayList<String>();
        var params = new HashMap<String, Object>();
        if (persons != null) {
            if (persons.isEmpty()) {
                return new Result(List.of(), 1, 0);
            }
            var byKind = persons.stream()
                    .collect(Collectors.groupingBy(
                            PersonRef::kind, Collectors.mapping(PersonRef::id, Collectors.toList())));
            var any = new ArrayList<String>();
            byKind.forEach((kind, ids) -> {
                any.add("(subject_kind = :k_" + kind.name() + " AND subject_id IN (:ids_" + kind.name() + "))");
                params.put("k_" + kind.name(), kind.name());
                params.put("ids_" + kind.name(), ids);
            });
            where.add("(" + String.join(" OR ", any) + ")");
        }
        if (search.hasActor()) {
            where.add("LOWER(actor) LIKE :actor");
            params.put(
                    "actor", "%" + search.actor().toLowerCase().replace("%", "").replace("_", "") + "%");
        }
        if (search.from() != null) {
            where.add("occurred_at >= :from");
            params.put("from", Timestamp.from(search.from().atStartOfDay(zone).toInstant()));
        }
        if (search.to() != null) {
            where.add("occurred_at < :to");
            params.put(
                    "to",
                    Timestamp.from(search.to().plusDays(1).atStartOfDay(zone).toInstant()));
        }
        var sql = where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where);
        long total = jdbc.sql("SELECT COUNT(*) FROM audit_log" + sql)
                .params(params)
                .query(Long.class)
                .single();
        int pageCount = (int) Math.max(1, (total + size - 1) / size);
        int page = Math.min(search.page(), pageCount);
        var paged = new HashMap<String, Object>(params);
        paged.put("limit", size);
        paged.put("offset", (page - 1) * size);
        var rows = jdbc.sql(
                        "SELECT id, occurred_at, actor, action, subject_kind, subject_id, purpose, detail FROM audit_log"
                                + sql + " ORDER BY occurred_at DESC, id DESC LIMIT :limit OFFSET :offset")
                .params(paged)
                .query((rs, i) -> new Row(
                        rs.getLong("id"),
                        rs.getTimestamp("occurred_at").toInstant().atZone(zone),
                        rs.getString("actor"),
                        AuditAction.valueOf(rs.getString("action")),
                        new PersonRef(
                                PersonRef.Kind.valueOf(rs.getString("subject_kind")),
                                rs.getObject("subject_id", UUID.class)),
                        rs.getString("purpose"),
                        rs.getString("detail")))
                .list();
        return new Result(rows, page, total);
    }

    record Row(
            long id,
            ZonedDateTime occurredAt,
            String actor,
            AuditAction action,
            PersonRef subject,
            String purpose,
            String detail) {}

    record Result(List<Row> rows, int page, long total) {}
}
