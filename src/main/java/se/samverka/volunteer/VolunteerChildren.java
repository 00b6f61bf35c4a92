package se.samverka.volunteer;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The districts, kinds of help (as stored) and languages of many volunteers, read in one query per table, whatever
 * the number of volunteers.
 */
record VolunteerChildren(
        Map<UUID, Set<String>> districts, Map<UUID, Set<String>> kinds, Map<UUID, Set<String>> languages) {

    private static final String DISTRICTS =
            "SELECT volunteer_id, district_id FROM volunteer_district WHERE volunteer_id IN ";
    private static final String KINDS = "SELECT volunteer_id, kind FROM volunteer_help_kind WHERE volunteer_id IN ";
    private static final String LANGUAGES =
            "SELECT volunteer_id, language FROM volunteer_language WHERE volunteer_id IN ";

    /** Of the volunteers {@code idQuery} selects (SQL for their ids, taking {@code params}). */
    static VolunteerChildren selectedBy(JdbcClient jdbc, String idQuery, Map<String, ?> params) {
        return new VolunteerChildren(
                read(jdbc, DISTRICTS + "(" + idQuery + ")", params),
                read(jdbc, KINDS + "(" + idQuery + ")", params),
                read(jdbc, LANGUAGES + "(" + idQuery + ")", params));
    }

    /** Of these volunteers. */
    static VolunteerChildren of(JdbcClient jdbc, List<UUID> ids) {
        return new VolunteerChildren(
                inChunks(jdbc, DISTRICTS + "(:ids)", ids),
                inChunks(jdbc, KINDS + "(:ids)", ids),
                inChunks(jdbc, LANGUAGES + "(:ids)", ids));
    }

    Set<String> districtsOf(UUID volunteerId) {
        return districts.getOrDefault(volunteerId, Set.of());
    }

    Set<String> kindsOf(UUID volunteerId) {
        return kinds.getOrDefault(volunteerId, Set.of());
    }

    Set<String> languagesOf(UUID volunteerId) {
        return languages.getOrDefault(volunteerId, Set.of());
    }

    private static Map<UUID, Set<String>> read(JdbcClient jdbc, String sql, Map<String, ?> params) {
        var map = new HashMap<UUID, Set<String>>();
        jdbc.sql(sql).params(params).query(rs -> {
            map.computeIfAbsent(rs.getObject(1, UUID.class), k -> new HashSet<>())
                    .add(rs.getString(2));
        });
        return map;
    }

    private static Map<UUID, Set<String>> inChunks(JdbcClient jdbc, String sql, List<UUID> ids) {
        var map = new HashMap<UUID, Set<String>>();
        // chunks keep the IN list within what every database accepts
        for (int from = 0; from < ids.size(); from += 1000) {
            var chunk = ids.subList(from, Math.min(ids.size(), from + 1000));
            jdbc.sql(sql).param("ids", chunk).query(rs -> {
                map.computeIfAbsent(rs.getObject(1, UUID.class), k -> new HashSet<>())
                        .add(rs.getString(2));
            });
        }
        return map;
    }
}
