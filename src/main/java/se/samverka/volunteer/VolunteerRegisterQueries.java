package se.samverka.volunteer;

import java.sql.Date;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
        page(
                        new VolunteerFilter(
                                null, null, null, null, null, null, null, null, Set.copyOf(more), null, null, null),
                        0,
                        more.size())
                .forEach(v -> byId.put(v.id(), v));
        for (var id : more) {
            if (found.size() < limit && byId.containsKey(id)) {
                found.add(byId.get(id));
            }
        }
        return found;
    }

    List<VolunteerSummary> page(VolunteerFilter filter, int offset, int limit) {
        var where = Where.of(filter);
        if (where.nobody) {
            return List.of();
        }
        var params = new HashMap<>(where.params);
        params.put("offset", offset);
        params.put("limit", limit);
        var rows = jdbc.sql("SELECT v.id, v.name, v.email, v.phone, v.created_at, v.email_confirmed_at, v.paused_until"
                        + " FROM volunteer v WHERE " + where.sql
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
        var districts =
                children("SELECT volunteer_id, district_id FROM volunteer_district WHERE volunteer_id IN (:ids)", ids);
        var kinds = children("SELECT volunteer_id, kind FROM volunteer_help_kind WHERE volunteer_id IN (:ids)", ids);
        var languages =
                children("SELECT volunteer_id, language FROM volunteer_language WHERE volunteer_id IN (:ids)", ids);
        var result = new ArrayList<VolunteerSummary>(rows.size());
        for (var r : rows) {
            var id = (UUID) r[0];
            var kindSet = new java.util.TreeSet<HelpKind>();
            kinds.getOrDefault(id, Set.of()).forEach(k -> kindSet.add(HelpKind.valueOf(k)));
            var paused = (Date) r[6];
            result.add(new VolunteerSummary(
                    id,
                    (String) r[1],
                    (String) r[2],
                    new PhoneNumber((String) r[3]),
                    Set.copyOf(districts.getOrDefault(id, Set.of())),
                    Set.copyOf(kindSet),
                    Set.copyOf(languages.getOrDefault(id, Set.of())),
                    (java.time.Instant) r[4],
                    (Boolean) r[5],
                    paused == null ? null : paused.toLocalDate()));
        }
        return result;
    }

    long count(VolunteerFilter filter) {
        var where = Where.of(filter);
        if (where.nobody) {
            return 0;
        }
        return jdbc.sql("SELECT COUNT(*) FROM volunteer v WHERE " + where.sql)
                .params(where.params)
                .query(Long.class)
                .single();
    }

    private Map<UUID, Set<String>> children(String sql, List<UUID> ids) {
        var map = new HashMap<UUID, Set<String>>();
        jdbc.sql(sql).param("ids", ids).query(rs -> {
            map.computeIfAbsent(rs.getObject(1, UUID.class), k -> new HashSet<>())
                    .add(rs.getString(2));
        });
        return map;
    }

    /** The WHERE clause of a filter with its parameters; {@code nobody} when no volunteer can match. */
    record Where(String sql, Map<String, Object> params, boolean nobody) {

        static Where of(VolunteerFilter f) {
            var parts = new ArrayList<String>();
            var params = new HashMap<String, Object>();
            parts.add("1 = 1");
            var text = f.text() == null ? "" : f.text().strip().toLowerCase(Locale.ROOT);
            if (!text.isEmpty()) {
                var like = "%" + text.replace("\\", "").replace("%", "").replace("_", "") + "%";
                var digits = text.replaceAll("[\\s()-]", "");
                var phoneParts = new ArrayList<String>();
                phoneParts.add("LOWER(v.name) LIKE :like");
                phoneParts.add("LOWER(v.email) LIKE :like");
                params.put("like", like);
                var phone = PhoneNumber.ifValid(text);
                if (phone.isPresent()) {
                    phoneParts.add("v.phone = :phone");
                    params.put("phone", phone.get().e164());
                } else if (digits.matches("\\+?[0-9]{4,15}")) {
                    // part of a number as written in Sweden: a leading 0 is the country code's place
                    var stored = digits.startsWith("0") ? digits.substring(1) : digits.replace("+", "");
                    phoneParts.add("v.phone LIKE :phoneLike");
                    params.put("phoneLike", "%" + stored + "%");
                }
                parts.add("(" + String.join(" OR ", phoneParts) + ")");
            }
            if (f.districtId() != null) {
                parts.add("EXISTS (SELECT 1 FROM volunteer_district d WHERE d.volunteer_id = v.id"
                        + " AND d.district_id = :district)");
                params.put("district", f.districtId());
            }
            if (f.kind() != null) {
                parts.add(
                        "EXISTS (SELECT 1 FROM volunteer_help_kind k WHERE k.volunteer_id = v.id AND k.kind = :kind)");
                params.put("kind", f.kind().name());
            }
            if (f.language() != null) {
                parts.add("EXISTS (SELECT 1 FROM volunteer_language l WHERE l.volunteer_id = v.id"
                        + " AND l.language = :language)");
                params.put("language", f.language());
            }
            if (f.signedUpFrom() != null) {
                parts.add("v.created_at >= :signedUpFrom");
                params.put("signedUpFrom", Timestamp.from(f.signedUpFrom()));
            }
            if (f.signedUpBefore() != null) {
                parts.add("v.created_at < :signedUpBefore");
                params.put("signedUpBefore", Timestamp.from(f.signedUpBefore()));
            }
            if (f.paused() != null && f.pausedOn() != null) {
                parts.add(
                        f.paused()
                                ? "v.paused_until > :pausedOn"
                                : "(v.paused_until IS NULL OR v.paused_until <= :pausedOn)");
                params.put("pausedOn", Date.valueOf(f.pausedOn()));
            }
            if (f.onlyAmong() != null) {
                if (f.onlyAmong().isEmpty()) {
                    return new Where("", Map.of(), true);
                }
                parts.add("v.id = ANY(:onlyAmong)");
                params.put("onlyAmong", idArray(f.onlyAmong()));
            }
            if (f.notAmong() != null && !f.notAmong().isEmpty()) {
                parts.add("NOT (v.id = ANY(:notAmong))");
                params.put("notAmong", idArray(f.notAmong()));
            }
            if (f.ready() != null) {
                var unmet = new ArrayList<String>();
                unmet.add("v.email_confirmed_at IS NULL");
                for (int i = 0; i < f.requirements().size(); i++) {
                    var requirement = f.requirements().get(i);
                    if (requirement.kinds().isEmpty()) {
                        continue;
                    }
                    var kinds = "EXISTS (SELECT 1 FROM volunteer_help_kind rk WHERE rk.volunteer_id = v.id"
                            + " AND rk.kind IN (:reqKinds" + i + "))";
                    params.put(
                            "reqKinds" + i,
                            requirement.kinds().stream().map(HelpKind::name).toList());
                    if (requirement.meeting().isEmpty()) {
                        unmet.add(kinds);
                    } else {
                        unmet.add("(" + kinds + " AND NOT (v.id = ANY(:reqMeeting" + i + ")))");
                        params.put("reqMeeting" + i, idArray(requirement.meeting()));
                    }
                }
                var anyUnmet = "(" + String.join(" OR ", unmet) + ")";
                parts.add(f.ready() ? "NOT " + anyUnmet : anyUnmet);
            }
            return new Where(String.join(" AND ", parts), params, false);
        }
    }

    /**
     * A set of ids as one array parameter ({@code = ANY(:ids)}), not a list that becomes one bind parameter per id: at
     * 100,000 volunteers a filter's set (everyone with a check, say) passes PostgreSQL's limit of 65,535 parameters.
     */
    static UUID[] idArray(Collection<UUID> ids) {
        return ids.toArray(UUID[]::new);
    }
}
