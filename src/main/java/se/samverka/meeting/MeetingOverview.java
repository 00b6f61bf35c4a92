package se.samverka.meeting;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.UriComponentsBuilder;
import se.samverka.overview.OverviewFigure;
import se.samverka.overview.OverviewFilter;
import se.samverka.overview.OverviewSection;

/**
 * The meetings' part of the overview: network meetings held in the period (per organising department), and open
 * follow-up actions (per owning department). The organisation filter counts the meetings it attended and the
 * actions it owns; the district filter does not apply to meetings.
 */
@Component
class MeetingOverview implements OverviewSection {

    private final JdbcClient jdbc;
    private final Clock clock;

    MeetingOverview(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public String titleKey() {
        return "meeting.overview.title";
    }

    @Override
    public int order() {
        return 60;
    }

    @Override
    @Transactional(readOnly = true)
    public List<OverviewFigure> figures(OverviewFilter filter) {
        return List.of(held(filter), openActions(filter));
    }

    private OverviewFigure held(OverviewFilter filter) {
        var where = new StringBuilder(" WHERE m.kind = 'NETWORK' AND m.ends_at < ?");
        var params = new ArrayList<Object>();
        params.add(Timestamp.from(clock.instant()));
        var link = UriComponentsBuilder.fromPath("/samverkan/moten")
                .queryParam("kind", "NETWORK")
                .queryParam("held", "true");
        if (filter.from() != null) {
            where.append(" AND m.starts_at >= ?");
            params.add(
                    Timestamp.from(filter.from().atStartOfDay(Meeting.STOCKHOLM).toInstant()));
            link.queryParam("from", filter.from());
        }
        if (filter.to() != null) {
            where.append(" AND m.starts_at < ?");
            params.add(Timestamp.from(
                    filter.to().plusDays(1).atStartOfDay(Meeting.STOCKHOLM).toInstant()));
            link.queryParam("to", filter.to());
        }
        if (filter.departmentId() != null) {
            where.append(" AND m.organiser_department_id = ?");
            params.add(filter.departmentId());
            link.queryParam("department", filter.departmentId());
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
        var byDepartment = counts(
                "SELECT m.organiser_department_id, COUNT(*) FROM meeting m" + where
                        + " AND m.organiser_department_id IS NOT NULL GROUP BY m.organiser_department_id",
                params);
        return new OverviewFigure(
                "meeting.overview.held", total, byDepartment, link.build().toUriString());
    }

    private OverviewFigure openActions(OverviewFilter filter) {
        var where = new StringBuilder(" WHERE a.status = 'OPEN'");
        var params = new ArrayList<Object>();
        var link = UriComponentsBuilder.fromPath("/samverkan/atgarder").queryParam("status", "OPEN");
        if (filter.departmentId() != null) {
            where.append(" AND a.owner_department_id = ?");
            params.add(filter.departmentId());
            link.queryParam("department", filter.departmentId());
        }
        if (filter.organisationId() != null) {
            where.append(" AND a.owner_organisation_id = ?");
            params.add(filter.organisationId());
            link.queryParam("organisation", filter.organisationId());
        }
        var total = jdbc.sql("SELECT COUNT(*) FROM meeting_action a" + where)
                .params(params)
                .query(Long.class)
                .single();
        var byDepartment = counts(
                "SELECT a.owner_department_id, COUNT(*) FROM meeting_action a" + where
                        + " AND a.owner_department_id IS NOT NULL GROUP BY a.owner_department_id",
                params);
        return new OverviewFigure(
                "meeting.overview.openActions",
                total,
                byDepartment,
                link.build().toUriString());
    }

    private Map<String, Long> counts(String sql, List<Object> params) {
        var counts = new HashMap<String, Long>();
        jdbc.sql(sql).params(params).query(rs -> {
            counts.put(rs.getString(1), rs.getLong(2));
        });
        return counts;
    }
}
