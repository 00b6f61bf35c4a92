package se.samverka.idea;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.samverka.overview.OverviewFilter;

/**
 * Ideas counted and listed for the overview: only ideas in one of the given stages, submitted in the filter's
 * period (days in the given zone), in its district, with its organisation involved. Never the submitter.
 */
@Repository
class IdeaOverviewRepository {

    private final JdbcClient jdbc;

    IdeaOverviewRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Which ideas: in one of {@code stages}, in {@code stage} unless null, and through the filter. */
    record Selection(List<String> stages, String stage, OverviewFilter filter, ZoneId zone) {}

    Map<String, Long> countByStage(Selection selection) {
        var where = where(selection);
        var counts = new HashMap<String, Long>();
        jdbc.sql("SELECT i.stage, COUNT(*) FROM idea i" + where.sql + " GROUP BY i.stage")
                .params(where.params)
                .query(rs -> {
                    counts.put(rs.getString(1), rs.getLong(2));
                });
        return counts;
    }

    long count(Selection selection) {
        var where = where(selection);
        return jdbc.sql("SELECT COUNT(*) FROM idea i" + where.sql)
                .params(where.params)
                .query(Long.class)
                .single();
    }

    /** The newest first, with their districts. */
    List<IdeaOverview.Line> lines(Selection selection, int limit, int offset) {
        var where = where(selection);
        var params = new ArrayList<Object>(where.params);
        params.add(limit);
        params.add(offset);
        var lines = jdbc.sql("SELECT i.id, i.title, i.stage, i.created_at FROM idea i" + where.sql
                        + " ORDER BY i.created_at DESC, i.id LIMIT ? OFFSET ?")
                .params(params)
                .query((rs, i) -> new IdeaOverview.Line(
                        rs.getObject(1, UUID.class),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getTimestamp(4).toInstant(),
                        new ArrayList<>()))
                .list();
        if (!lines.isEmpty()) {
            var byId = new HashMap<UUID, IdeaOverview.Line>();
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

    private static Where where(Selection selection) {
        var sql = new StringBuilder(" WHERE i.stage IN (");
        var params = new ArrayList<Object>();
        for (int i = 0; i < selection.stages().size(); i++) {
            sql.append(i == 0 ? "?" : ", ?");
            params.add(selection.stages().get(i));
        }
        sql.append(")");
        if (selection.stage() != null) {
            sql.append(" AND i.stage = ?");
            params.add(selection.stage());
        }
        var filter = selection.filter();
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
            params.add(startOf(filter.from(), selection.zone()));
        }
        if (filter.to() != null) {
            sql.append(" AND i.created_at < ?");
            params.add(startOf(filter.to().plusDays(1), selection.zone()));
        }
        return new Where(sql.toString(), params);
    }

    private static Timestamp startOf(LocalDate day, ZoneId zone) {
        return Timestamp.from(day.atStartOfDay(zone).toInstant());
    }
}
