package se.samverka.idea;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.samverka.overview.OverviewFigure;
import se.samverka.overview.OverviewFilter;
import se.samverka.overview.OverviewLinks;
import se.samverka.overview.OverviewPage;
import se.samverka.overview.OverviewSection;

/**
 * The ideas' part of the overview: ideas per stage, in the stages configured for Idélabbet. Ideas belong to no
 * department, so the figures are totals only. Never the submitter's name, e-mail or phone. See docs/overview.md.
 */
@Component
class IdeaOverview implements OverviewSection {

    static final String LIST = "/samverkan/oversikt/ideer";

    private final JdbcClient jdbc;
    private final IdeaProperties properties;
    private final Clock clock;

    IdeaOverview(JdbcClient jdbc, IdeaProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.clock = clock;
    }

    /** One idea in the list behind the figures. */
    record Line(UUID id, String title, String stage, Instant submittedAt, List<String> districtIds) {}

    @Override
    public String titleKey() {
        return "idea.overview.title";
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    @Transactional(readOnly = true)
    public List<OverviewFigure> figures(OverviewFilter filter) {
        var where = where(filter, null);
        var counts = new HashMap<String, Long>();
        jdbc.sql("SELECT i.stage, COUNT(*) FROM idea i" + where.sql + " GROUP BY i.stage")
                .params(where.params)
                .query(rs -> {
                    counts.put(rs.getString(1), rs.getLong(2));
                });
        return properties.stages().stream()
                .map(stage -> new OverviewFigure(
                        "idea.stage." + stage,
                        counts.getOrDefault(stage, 0L),
                        Map.of(),
                        OverviewLinks.to(LIST, filter, "steg", stage)))
                .toList();
    }

    List<String> stages() {
        return properties.stages();
    }

    @Transactional(readOnly = true)
    OverviewPage<Line> list(OverviewFilter filter, String stage, int requestedPage) {
        var where = where(filter, stage);
        long total = jdbc.sql("SELECT COUNT(*) FROM idea i" + where.sql)
                .params(where.params)
                .query(Long.class)
                .single();
        int page = OverviewPage.clamp(requestedPage, total);
        return new OverviewPage<>(
                lines(where, OverviewPage.SIZE, OverviewPage.offset(page)), page, OverviewPage.pages(total), total);
    }

    /** Every idea the filter lets through, for the CSV file. */
    @Transactional(readOnly = true)
    List<Line> all(OverviewFilter filter, String stage) {
        return lines(where(filter, stage), Integer.MAX_VALUE, 0);
    }

    private List<Line> lines(Where where, int limit, int offset) {
        var params = new ArrayList<Object>(where.params);
        params.add(limit);
        params.add(offset);
        var lines = jdbc.sql("SELECT i.id, i.title, i.stage, i.created_at FROM idea i" + where.sql
                        + " ORDER BY i.created_at DESC, i.id LIMIT ? OFFSET ?")
                .params(params)
                .query((rs, i) -> new Line(
                        rs.getObject(1, UUID.class),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getTimestamp(4).toInstant(),
                        new ArrayList<>()))
                .list();
        if (!lines.isEmpty()) {
            var byId = new HashMap<UUID, Line>();
            lines.forEach(l -> byId.put(l.id(), l));
            jdbc.sql("SELECT idea_id, district_id FROM idea_district WHERE idea_id IN (:ids) ORDER BY district_id")
                    .param("ids", byId.keySet())
                    .query(rs -> {
                        byId.get(rs.getObject(1, UUID.class)).districtIds().add(rs.getString(2));
                    });
        }
        return lines;
    }

    private record Where(String sql, List<Object> params) {}

    /** Ideas in a configured stage, submitted in the period, in the district, with the organisation involved. */
    private Where where(OverviewFilter filter, String stage) {
        var sql = new StringBuilder(" WHERE i.stage IN (");
        var params = new ArrayList<Object>();
        for (int i = 0; i < properties.stages().size(); i++) {
            sql.append(i == 0 ? "?" : ", ?");
            params.add(properties.stages().get(i));
        }
        sql.append(")");
        if (stage != null) {
            sql.append(" AND i.stage = ?");
            params.add(stage);
        }
        if (filter.organisationId() != null) {
            sql.append(" AND EXISTS (SELECT 1 FROM idea_party p WHERE p.idea_id = i.id AND p.organisation_id = ?)");
            params.add(filter.organisationId());
        }
        if (filter.districtId() != null) {
            sql.append(" AND EXISTS (SELECT 1 FROM idea_district d WHERE d.idea_id = i.id AND d.district_id = ?)");
            params.add(filter.districtId());
        }
        if (filter.from() != null) {
            sql.append(" AND i.created_at >= ?");
            params.add(startOf(filter.from()));
        }
        if (filter.to() != null) {
            sql.append(" AND i.created_at < ?");
            params.add(startOf(filter.to().plusDays(1)));
        }
        return new Where(sql.toString(), params);
    }

    private Timestamp startOf(LocalDate day) {
        return Timestamp.from(day.atStartOfDay(clock.getZone()).toInstant());
    }
}
