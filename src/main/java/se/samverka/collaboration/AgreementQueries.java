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
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.samverka.organisation.Departments;
import se.samverka.organisation.Organisations;

/** The reading side of the register: the filtered list and its export, the overview's counts, what needs attention. */
@Service
@Transactional(readOnly = true)
class AgreementSearch {

    private static final String LINE = """
			SELECT a.id, a.title, a.type, a.status, a.department_id, a.organisation_id, a.starts_on, a.ends_on,
			  a.amount_sek, a.municipal_contact_name, a.organisation_contact_name,
			  (SELECT MIN(f.due_on) FROM agreement_follow_up f WHERE f.agreement_id = a.id AND f.done = FALSE)
			FROM agreement a""";

    private final JdbcClient jdbc;
    private final Agreements agreements;
    private final Departments departments;
    private final Organisations organisations;

    AgreementSearch(JdbcClient jdbc, Agreements agreements, Departments departments, Organisations organisations) {
        this.jdbc = jdbc;
        this.agreements = agreements;
        this.departments = departments;
        this.organisations = organisations;
    }

    /** One page of the agreements the filter lets through, the latest start first. */
    AgreementPage search(AgreementFilter filter, int page) {
        var where = where(filter);
        var total = jdbc.sql("SELECT COUNT(*) FROM agreement a" + where.sql())
                .params(where.params())
                .query(Integer.class)
                .single();
        var pages = Math.max(1, (total + AgreementPage.SIZE - 1) / AgreementPage.SIZE);
        var current = Math.min(Math.max(1, page), pages);
        var params = new ArrayList<>(where.params());
        params.add(AgreementPage.SIZE);
        params.add((current - 1) * AgreementPage.SIZE);
        var lines = named(jdbc.sql(LINE + where.sql() + " ORDER BY a.starts_on DESC, a.title, a.id LIMIT ? OFFSET ?")
                .params(params)
                .query(AgreementSearch::line)
                .list());
        return new AgreementPage(lines, current, pages, total);
    }

    /** Every agreement the filter lets through, for the export. */
    List<AgreementLine> all(AgreementFilter filter) {
        var where = where(filter);
        return named(jdbc.sql(LINE + where.sql() + " ORDER BY a.starts_on DESC, a.title, a.id")
                .params(where.params())
                .query(AgreementSearch::line)
                .list());
    }

    /** How many agreements the filter lets through, per department. */
    Map<String, Long> countByDepartment(AgreementFilter filter) {
        var where = where(filter);
        var counts = new HashMap<String, Long>();
        jdbc.sql("SELECT a.department_id, COUNT(*) FROM agreement a" + where.sql() + " GROUP BY a.department_id")
                .params(where.params())
                .query(rs -> {
                    counts.put(rs.getString(1), rs.getLong(2));
                });
        return counts;
    }

    /**
     * What needs attention: agreements in force or in draft with an open follow-up date within 14 days (or passed),
     * and active agreements that end within 90 days.
     */
    List<AgreementLine> needingAttention() {
        var today = agreements.today();
        return named(jdbc.sql(LINE + """
				 WHERE a.status IN ('DRAFT', 'ACTIVE') AND (
				  EXISTS (SELECT 1 FROM agreement_follow_up f WHERE f.agreement_id = a.id AND f.done = FALSE AND f.due_on <= ?)
				  OR (a.status = 'ACTIVE' AND a.ends_on >= ? AND a.ends_on <= ?))
				ORDER BY a.ends_on, a.title LIMIT 50""")
                .params(today.plusDays(14), today, today.plusDays(AgreementFilter.ENDING_DAYS))
                .query(AgreementSearch::line)
                .list());
    }

    private record Where(String sql, List<Object> params) {}

    private Where where(AgreementFilter filter) {
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
            var today = agreements.today();
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

    /** Fills in department and organisation names through their module's API. */
    private List<AgreementLine> named(List<AgreementLine> lines) {
        Map<UUID, String> organisationNames = new HashMap<>();
        return lines.stream()
                .map(l -> new AgreementLine(
                        l.id(),
                        l.title(),
                        l.type(),
                        l.status(),
                        l.departmentId(),
                        departments.find(l.departmentId()).map(d -> d.name()).orElse(l.departmentId()),
                        l.organisationId(),
                        organisationNames.computeIfAbsent(l.organisationId(), this::organisationName),
                        l.startsOn(),
                        l.endsOn(),
                        l.amount(),
                        l.municipalContactName(),
                        l.organisationContactName(),
                        l.nextFollowUp()))
                .toList();
    }

    private String organisationName(UUID id) {
        return organisations.find(id).map(o -> o.name()).orElse("");
    }
}
