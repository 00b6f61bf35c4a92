package se.samverka.meeting;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.samverka.overview.OverviewFilter;

/**
 * The counts behind the meetings' part of the overview. The organisation filter counts the meetings it attended and
 * the actions it owns; the district filter does not apply to meetings.
 */
@Repository
class MeetingCounts {

    private final JdbcClient jdbc;

    MeetingCounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A total, and the part of it per department. */
    record Count(long total, Map<String, Long> byDepartment) {}

    /** Network meetings that ended before {@code now} and started in the filter's period, per organiser. */
    Count held(OverviewFilter filter, Instant now) {
        var where = new StringBuilder(" WHERE m.kind = 'NETWORK' AND m.ends_at < ?");
        var params = new ArrayList<Object>();
        params.add(Timestamp.from(now));
        if (filter.from() != null) {
            where.append(" AND m.starts_at >= ?");
            params.add(
                    Timestamp.from(filter.from().atStartOfDay(Meeting.STOCKHOLM).toInstant()));
        }
        if (filter.to() != null) {
            where.append(" AND m.starts_at < ?");
            params.add(Timestamp.from(
                    filter.to().plusDays(1).atStartOfDay(Meeting.STOCKHOLM).toInstant()));
        }
        if (filter.departmentId() != null) {
            where.append(" AND m.organiser_department_id = ?");
            params.add(filter.departmentId());
        }
        if (filter.organisationId() != null) {
            where.append(" AND EXISTS (SELECT 1 FROM meeting_registration r WHERE r.meeting_id = m.id"
                    + " AND r.organisation_id = ? AND r.attended = TRUE)");
            params.add(filter.organisationId());
        }
        var total = jdbc.sql("SELECT COUNT(*) FROM meeting m" + where)
                .params(params)
                .query(Long.class)
                .single();
        return new Count(
                total,
                perDepartment(
                        "SELECT m.organiser_department_id, COUNT(*) FROM meeting m" + where
                                + " AND m.organiser_department_id IS NOT NULL GROUP BY m.organiser_department_id",
                        params));
    }

    /** Open follow-up actions, per owning department. */
    Count openActions(OverviewFilter filter) {
        var where = new StringBuilder(" WHERE a.status = 'OPEN'");
        var params = new ArrayList<Object>();
        if (filter.departmentId() != null) {
            where.append(" AND a.owner_department_id = ?");
            params.add(filter.departmentId());
        }
        if (filter.organisationId() != null) {
            where.append(" AND a.owner_organisation_id = ?");
            params.add(filter.organisationId());
        }
        var total = jdbc.sql("SELECT COUNT(*) FROM meeting_action a" + where)
                .params(params)
                .query(Long.class)
                .single();
        return new Count(
                total,
                perDepartment(
                        "SELECT a.owner_department_id, COUNT(*) FROM meeting_action a" + where
                                + " AND a.owner_department_id IS NOT NULL GROUP BY a.owner_department_id",
                        params));
    }

    private Map<String, Long> perDepartment(String sql, List<Object> params) {
        var counts = new HashMap<String, Long>();
        jdbc.sql(sql).params(params).query(rs -> {
            counts.put(rs.getString(1), rs.getLong(2));
        });
        return counts;
    }
}
