package se.samverka.effort;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.samverka.organisation.Departments;
import se.samverka.organisation.Organisations;
import se.samverka.overview.OverviewFigure;
import se.samverka.overview.OverviewFilter;
import se.samverka.overview.OverviewLinks;
import se.samverka.overview.OverviewPage;
import se.samverka.overview.OverviewSection;

/**
 * The efforts' part of the overview: published efforts and the distinct volunteers with a confirmed place on them,
 * per department for municipal efforts; organisation-run efforts count in the total. See docs/overview.md.
 */
@Component
class EffortOverview implements OverviewSection {

    static final String LIST = "/samverkan/oversikt/insatser";

    private final JdbcClient jdbc;
    private final Departments departments;
    private final Organisations organisations;

    EffortOverview(JdbcClient jdbc, Departments departments, Organisations organisations) {
        this.jdbc = jdbc;
        this.departments = departments;
        this.organisations = organisations;
    }

    /** One effort in the list behind the figures: no contact person, no volunteer's name. */
    record Line(
            UUID id,
            String title,
            String owner,
            boolean municipal,
            LocalDate start,
            LocalDate end,
            EffortStatus status,
            long volunteers,
            List<String> districtIds) {}

    @Override
    public String titleKey() {
        return "effort.overview.title";
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    @Transactional(readOnly = true)
    public List<OverviewFigure> figures(OverviewFilter filter) {
        var where = where(filter);
        var efforts = byDepartment(
                "SELECT e.department_id, COUNT(*) FROM effort e" + where.sql + " GROUP BY e.department_id",
                where.params);
        var shifts = shiftWhere(filter);
        var volunteers = byDepartment(
                "SELECT e.department_id, COUNT(DISTINCT g.volunteer_id) FROM effort e"
                        + " JOIN effort_shift s ON s.effort_id = e.id JOIN effort_signup g ON g.shift_id = s.id"
                        + where.sql
                        + shifts.sql + " GROUP BY e.department_id",
                concat(where.params, shifts.params));
        long volunteerTotal = jdbc.sql("SELECT COUNT(DISTINCT g.volunteer_id) FROM effort e"
                        + " JOIN effort_shift s ON s.effort_id = e.id JOIN effort_signup g ON g.shift_id = s.id"
                        + where.sql
                        + shifts.sql)
                .params(concat(where.params, shifts.params))
                .query(Long.class)
                .single();
        var link = OverviewLinks.to(LIST, filter);
        return List.of(
                new OverviewFigure(
                        "effort.overview.active",
                        efforts.values().stream().mapToLong(Long::longValue).sum(),
                        zerosFor(efforts),
                        link),
                new OverviewFigure("effort.overview.volunteers", volunteerTotal, zerosFor(volunteers), link));
    }

    @Transactional(readOnly = true)
    OverviewPage<Line> list(OverviewFilter filter, int requestedPage) {
        var where = where(filter);
        long total = jdbc.sql("SELECT COUNT(*) FROM effort e" + where.sql)
                .params(where.params)
                .query(Long.class)
                .single();
        int page = OverviewPage.clamp(requestedPage, total);
        return new OverviewPage<>(
                lines(filter, where, OverviewPage.SIZE, OverviewPage.offset(page)),
                page,
                OverviewPage.pages(total),
                total);
    }

    /** Every effort the filter lets through, for the CSV file. */
    @Transactional(readOnly = true)
    List<Line> all(OverviewFilter filter) {
        return lines(filter, where(filter), Integer.MAX_VALUE, 0);
    }

    private List<Line> lines(OverviewFilter filter, Where where, int limit, int offset) {
        var shifts = shiftWhere(filter);
        var params = concat(shifts.params, where.params);
        params.add(limit);
        params.add(offset);
        var lines = jdbc.sql("""
				SELECT e.id, e.title, e.organisation_id, e.department_id, e.period_start, e.period_end, e.status,
				  (SELECT COUNT(DISTINCT g.volunteer_id) FROM effort_shift s JOIN effort_signup g ON g.shift_id = s.id
				   WHERE s.effort_id = e.id""" + shifts.sql + """
				  )
				FROM effort e""" + where.sql
                        + " ORDER BY e.period_start DESC, e.title, e.id LIMIT ? OFFSET ?")
                .params(params)
                .query((rs, i) -> new Line(
                        rs.getObject(1, UUID.class),
                        rs.getString(2),
                        rs.getString(3) != null ? rs.getString(3) : rs.getString(4),
                        rs.getString(4) != null,
                        rs.getDate(5).toLocalDate(),
                        rs.getDate(6).toLocalDate(),
                        EffortStatus.valueOf(rs.getString(7)),
                        rs.getLong(8),
                        new ArrayList<>()))
                .list();
        if (!lines.isEmpty()) {
            lines = named(lines);
            var byId = new HashMap<UUID, Line>();
            lines.forEach(l -> byId.put(l.id(), l));
            jdbc.sql(
                            "SELECT effort_id, district_id FROM effort_district WHERE effort_id IN (:ids) ORDER BY district_id")
                    .param("ids", byId.keySet())
                    .query((rs, i) ->
                            byId.get(rs.getObject(1, UUID.class)).districtIds().add(rs.getString(2)))
                    .list();
        }
        return lines;
    }

    /** The lines with their owner's name (organisation or department), asked of the organisation module. */
    private List<Line> named(List<Line> lines) {
        var organisationNames = organisations.namesOf(lines.stream()
                .filter(l -> !l.municipal())
                .map(l -> UUID.fromString(l.owner()))
                .toList());
        var departmentNames = lines.stream().anyMatch(Line::municipal) ? departments.names() : Map.<String, String>of();
        return lines.stream()
                .map(l -> new Line(
                        l.id(),
                        l.title(),
                        l.municipal()
                                ? departmentNames.get(l.owner())
                                : organisationNames.get(UUID.fromString(l.owner())),
                        l.municipal(),
                        l.start(),
                        l.end(),
                        l.status(),
                        l.volunteers(),
                        l.districtIds()))
                .toList();
    }

    private Map<String, Long> byDepartment(String sql, List<Object> params) {
        var counts = new HashMap<String, Long>();
        jdbc.sql(sql).params(params).query(rs -> {
            counts.put(rs.getString(1) == null ? "" : rs.getString(1), rs.getLong(2));
        });
        return counts;
    }

    /** Every active department with its count, zero included; the organisations' share (key blank) left out. */
    private Map<String, Long> zerosFor(Map<String, Long> counts) {
        var result = new HashMap<String, Long>();
        departments.active().forEach(d -> result.put(d.id(), counts.getOrDefault(d.id(), 0L)));
        counts.forEach((id, count) -> {
            if (!id.isEmpty()) {
                result.put(id, count);
            }
        });
        return result;
    }

    private record Where(String sql, List<Object> params) {}

    /** Published efforts whose period meets the filter's period, of the department, organisation and district. */
    private static Where where(OverviewFilter filter) {
        var sql = new StringBuilder(" WHERE e.status = 'PUBLISHED'");
        var params = new ArrayList<Object>();
        if (filter.departmentId() != null) {
            sql.append(" AND e.department_id = ?");
            params.add(filter.departmentId());
        }
        if (filter.organisationId() != null) {
            sql.append(" AND e.organisation_id = ?");
            params.add(filter.organisationId());
        }
        if (filter.districtId() != null) {
            sql.append(
                    " AND EXISTS (SELECT 1 FROM effort_district ed WHERE ed.effort_id = e.id AND ed.district_id = ?)");
            params.add(filter.districtId());
        }
        if (filter.from() != null) {
            sql.append(" AND e.period_end >= ?");
            params.add(Date.valueOf(filter.from()));
        }
        if (filter.to() != null) {
            sql.append(" AND e.period_start <= ?");
            params.add(Date.valueOf(filter.to()));
        }
        return new Where(sql.toString(), params);
    }

    /** Confirmed sign-ups, on shifts within the filter's period. */
    private static Where shiftWhere(OverviewFilter filter) {
        var sql = new StringBuilder(" AND g.status = 'CONFIRMED'");
        var params = new ArrayList<Object>();
        if (filter.from() != null) {
            sql.append(" AND s.shift_date >= ?");
            params.add(Date.valueOf(filter.from()));
        }
        if (filter.to() != null) {
            sql.append(" AND s.shift_date <= ?");
            params.add(Date.valueOf(filter.to()));
        }
        return new Where(sql.toString(), params);
    }

    private static List<Object> concat(List<Object> a, List<Object> b) {
        var all = new ArrayList<Object>(a);
        all.addAll(b);
        return all;
    }
}
