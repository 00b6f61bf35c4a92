package se.samverka.collaboration;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The register read as lists: agreements through a filter, counted, paged or all, and those that need attention.
 * Lines come without department and organisation names, which their module knows. {@code today} is the
 * municipality's date, for the filter's "ending soon".
 */
@Repository
class AgreementListRepository {

    private static final String LINE = """
			SELECT a.id, a.title, a.type, a.status, a.department_id, a.organisation_id, a.starts_on, a.ends_on,
			  a.amount_sek, a.municipal_contact_name, a.organisation_contact_name,
			  (SELECT MIN(f.due_on) FROM agreement_follow_up f WHERE f.agreement_id = a.id AND f.done = FALSE)
			FROM agreement a""";

    private static final String ORDER = " ORDER BY a.starts_on DESC, a.title, a.id";

    private final JdbcClient jdbc;

    AgreementListRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    int count(AgreementFilter filter, LocalDate today) {
        var where = where(filter, today);
        return jdbc.sql("SELECT COUNT(*) FROM agreement a" + where.sql())
                .params(where.params())
                .query(Integer.class)
                .single();
    }

    /** The latest start first. */
    List<AgreementLine> page(AgreementFilter filter, LocalDate today, int limit, int offset) {
        var where = where(filter, today);
        var params = new ArrayList<>(where.params());
        params.add(limit);
        params.add(offset);
        return jdbc.sql(LINE + where.sql() + ORDER + " LIMIT ? OFFSET ?")
                .params(params)
                .query(AgreementListRepository::line)
                .list();
    }

    /** The latest start first. */
    List<AgreementLine> all(AgreementFilter filter, LocalDate today) {
        var where = where(filter, today);
        return jdbc.sql(LINE + where.sql() + ORDER)
                .params(where.params())
                .query(AgreementListRepository::line)
                .list();
    }

    Map<String, Long> countByDepartment(AgreementFilter filter, LocalDate today) {
        var where = where(filter, today);
        var counts = new HashMap<String, Long>();
        jdbc.sql("SELECT a.department_id, COUNT(*) FROM agreement a" + where.sql() + " GROUP BY a.department_id")
                .params(where.params())
                .query(rs -> {
                    counts.put(rs.getString(1), rs.getLong(2));
                });
        return counts;
    }

    /**
     * Agreements in force or in draft with an open follow-up date on or before {@code followUpBy}, and active
     * agreements that end from today to {@code endingBy}; those ending first first, at most 50.
     */
    List<AgreementLine> needingAttention(LocalDate today, LocalDate followUpBy, LocalDate endingBy) {
        return jdbc.sql(LINE + """
				 WHERE a.status IN ('DRAFT', 'ACTIVE') AND (
				  EXISTS (SELECT 1 FROM agreement_follow_up f WHERE f.agreement_id = a.id AND f.done = FALSE AND f.due_on <= ?)
				  OR (a.status = 'ACTIVE' AND a.ends_on >= ? AND a.ends_on <= ?))
				ORDER BY a.ends_on, a.title LIMIT 50""")
                .params(followUpBy, today, endingBy)
                .query(AgreementListRepository::line)
                .list();
    }

    private record Where(String sql, List<Object> params) {}

    private static Where where(AgreementFilter filter, LocalDate today) {
        var conditions = new ArrayList<String>();
        var params = new ArrayList<Object>();
        if (filter.departmentId() != null) {
            conditions.add("a.department_id = ?");
            params.add(filter.departmentId());
        }
        if (filter.organisationId() != null) {
            conditions.add("a.organisation_id = ?");
            params.add(filter.organisationId());
        }
        if (filter.type() != null) {
            conditions.add("a.type = ?");
            params.add(filter.type().name());
        }
        if (filter.status() != null) {
            conditions.add("a.status = ?");
            params.add(filter.status().name());
        }
        if (filter.ending()) {
            conditions.add("a.ends_on >= ? AND a.ends_on <= ?");
            params.add(today);
            params.add(today.plusDays(AgreementFilter.ENDING_DAYS));
        }
        if (filter.to() != null) {
            conditions.add("a.starts_on <= ?");
            params.add(filter.to());
        }
        if (filter.from() != null) {
            conditions.add("(a.ends_on IS NULL OR a.ends_on >= ?)");
            params.add(filter.from());
        }
        return new Where(conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions), params);
    }

    private static AgreementLine line(ResultSet rs, int n) throws SQLException {
        return new AgreementLine(
                rs.getObject(1, UUID.class),
                rs.getString(2),
                AgreementType.valueOf(rs.getString(3)),
                AgreementStatus.valueOf(rs.getString(4)),
                rs.getString(5),
                null,
                rs.getObject(6, UUID.class),
                null,
                rs.getObject(7, LocalDate.class),
                rs.getObject(8, LocalDate.class),
                rs.getBigDecimal(9),
                rs.getString(10),
                rs.getString(11),
                rs.getObject(12, LocalDate.class));
    }
}
