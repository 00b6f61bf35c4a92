package se.samverka.volunteer;

import java.sql.Date;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.samverka.shared.HelpKind;
import se.samverka.shared.PhoneNumber;

/**
 * The staff register's queries: a filter becomes one WHERE clause, read a page at a time (LIMIT and OFFSET over
 * the sign-up order, which an index keeps cheap) and counted by the same clause.
 */
@Repository
class VolunteerRegisterQueries {

    private final JdbcClient jdbc;
    private final boolean trigrams;

    VolunteerRegisterQueries(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.trigrams = isPostgres(dataSource);
    }

    private static boolean isPostgres(DataSource dataSource) {
        try (var connection = dataSource.getConnection()) {
            return connection
                    .getMetaData()
                    .getDatabaseProductName()
                    .toLowerCase(Locale.ROOT)
                    .contains("postgres");
        } catch (SQLException e) {
            return false;
        }
    }

    /**
     * Staff search: what contains the text first; then, on PostgreSQL, names that look like it (a misspelt name:
     * pg_trgm's word similarity, with the trigram index of V141). H2 has no trigrams and finds only the first.
     */
    List<VolunteerSummary> search(String text, int limit) {
        var found = new ArrayList<>(page(VolunteerFilter.text(text), 0, limit));
        if (!trigrams || found.size() >= limit) {
            return found;
        }
        var needle = text.strip().toLowerCase(Locale.ROOT);
        var similar = jdbc.sql("""
				SELECT v.id FROM volunteer v WHERE :needle <% LOWER(v.name)
				ORDER BY word_similarity(:needle, LOWER(v.name)) DESC, v.id LIMIT :limit""")
                .param("needle", needle)
                .param("limit", limit)
                .query(UUID.class)
                .list();
        var known = new HashSet<UUID>();
        found.forEach(v -> known.add(v.id()));
        var more = similar.stream().filter(id -> !known.contains(id)).toList();
        if (more.isEmpty()) {
            return found;
        }
        var byId = new HashMap<UUID, VolunteerSummary>();
        page(VolunteerFilter.among(Set.copyOf(more)), 0, more.size()).forEach(v -> byId.put(v.id(), v));
        for (var id : more) {
            if (found.size() < limit && byId.containsKey(id)) {
                found.add(byId.get(id));
            }
        }
        return found;
    }

    List<VolunteerSummary> page(VolunteerFilter filter, int offset, int limit) {
        var where = RegisterWhere.of(filter);
        if (where.nobody()) {
            return List.of();
        }
        var params = new HashMap<>(where.params());
        params.put("offset", offset);
        params.put("limit", limit);
        var rows = jdbc.sql("SELECT v.id, v.name, v.email, v.phone, v.created_at, v.email_confirmed_at, v.paused_until"
                        + " FROM volunteer v WHERE " + where.sql()
                        + " ORDER BY v.created_at DESC, v.id LIMIT :limit OFFSET :offset")
                .params(params)
                .query((rs, i) -> new Object[] {
                    rs.getObject(1, UUID.class),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getString(4),
                    rs.getTimestamp(5).toInstant(),
                    rs.getTimestamp(6) != null,
                    rs.getDate(7)
                })
                .list();
        if (rows.isEmpty()) {
            return List.of();
        }
        var ids = rows.stream().map(r -> (UUID) r[0]).toList();
        var children = VolunteerChildren.of(jdbc, ids);
        var result = new ArrayList<VolunteerSummary>(rows.size());
        for (var r : rows) {
            var id = (UUID) r[0];
            var kindSet = new java.util.TreeSet<HelpKind>();
            children.kindsOf(id).forEach(k -> kindSet.add(HelpKind.valueOf(k)));
            var paused = (Date) r[6];
            result.add(new VolunteerSummary(
                    id,
                    (String) r[1],
                    (String) r[2],
                    new PhoneNumber((String) r[3]),
                    Set.copyOf(children.districtsOf(id)),
                    Set.copyOf(kindSet),
                    Set.copyOf(children.languagesOf(id)),
                    (java.time.Instant) r[4],
                    (Boolean) r[5],
                    paused == null ? null : paused.toLocalDate()));
        }
        return result;
    }

    long count(VolunteerFilter filter) {
        var where = RegisterWhere.of(filter);
        if (where.nobody()) {
            return 0;
        }
        return jdbc.sql("SELECT COUNT(*) FROM volunteer v WHERE " + where.sql())
                .params(where.params())
                .query(Long.class)
                .single();
    }
}
