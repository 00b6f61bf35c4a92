package se.samverka.volunteer;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.samverka.shared.EmailAddress;
import se.samverka.shared.HelpKind;
import se.samverka.shared.PhoneNumber;

/** Reads volunteers with their districts, kinds and languages in four queries, whatever the number. */
@Repository
class VolunteerQueries {

    private static final String SELECT = """
			SELECT v.id, v.account_id, v.name, v.email, v.phone, a.locale, v.has_car, v.weekday_daytime,
			       v.weekday_evening, v.weekend_daytime, v.weekend_evening, v.ask_frequency, v.paused_until,
			       v.contact_channel, v.quiet_from, v.quiet_to, v.digest_opt_in, v.adult_confirmed
			FROM volunteer v JOIN account a ON a.id = v.account_id
			""";

    private final JdbcClient jdbc;

    VolunteerQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<VolunteerProfile> byId(UUID id) {
        return load(SELECT + " WHERE v.id = :id", Map.of("id", id));
    }

    List<VolunteerProfile> byAccount(UUID accountId) {
        return load(SELECT + " WHERE v.account_id = :id", Map.of("id", accountId));
    }

    List<VolunteerProfile> byPhone(String e164) {
        return load(SELECT + " WHERE v.phone = :phone", Map.of("phone", e164));
    }

    /** Confirmed volunteers who offer the kind of help in at least one of the districts. */
    List<VolunteerProfile> offering(HelpKind kind, Collection<String> districtIds) {
        if (districtIds.isEmpty()) {
            return List.of();
        }
        var filter = """
				v.email_confirmed_at IS NOT NULL
				AND EXISTS (SELECT 1 FROM volunteer_help_kind k WHERE k.volunteer_id = v.id AND k.kind = :kind)
				AND EXISTS (SELECT 1 FROM volunteer_district d WHERE d.volunteer_id = v.id AND d.district_id IN (:districts))
				""";
        // a call-out wave reads thousands of volunteers: their districts, kinds and languages come in one query
        // each, by the same filter, instead of in batches of ids
        return load(
                SELECT + " WHERE " + filter,
                Map.of("kind", kind.name(), "districts", districtIds),
                "SELECT v.id FROM volunteer v WHERE " + filter);
    }

    /** What decides whether every confirmed volunteer may be asked: no contact details, one query per table. */
    List<Askability> askabilityOfAll() {
        var filter = "v.email_confirmed_at IS NOT NULL";
        var ids = "SELECT v.id FROM volunteer v WHERE " + filter;
        var districts = children(
                "SELECT volunteer_id, district_id FROM volunteer_district WHERE volunteer_id IN (" + ids + ")",
                Map.of());
        var kinds = children(
                "SELECT volunteer_id, kind FROM volunteer_help_kind WHERE volunteer_id IN (" + ids + ")", Map.of());
        var languages = children(
                "SELECT volunteer_id, language FROM volunteer_language WHERE volunteer_id IN (" + ids + ")", Map.of());
        return jdbc.sql("""
				SELECT v.id, v.weekday_daytime, v.weekday_evening, v.weekend_daytime, v.weekend_evening, v.ask_frequency,
				       v.paused_until, v.quiet_from, v.quiet_to
				FROM volunteer v""" + " WHERE " + filter)
                .query((rs, i) -> {
                    var id = rs.getObject("id", UUID.class);
                    var kindSet = new java.util.TreeSet<HelpKind>();
                    kinds.getOrDefault(id, Set.of()).forEach(k -> kindSet.add(HelpKind.valueOf(k)));
                    var paused = rs.getDate("paused_until");
                    var quietFrom = rs.getTime("quiet_from");
                    var quietTo = rs.getTime("quiet_to");
                    return new Askability(
                            id,
                            districts.getOrDefault(id, Set.of()),
                            kindSet,
                            languages.getOrDefault(id, Set.of()),
                            new Availability(
                                    rs.getBoolean("weekday_daytime"),
                                    rs.getBoolean("weekday_evening"),
                                    rs.getBoolean("weekend_daytime"),
                                    rs.getBoolean("weekend_evening")),
                            AskFrequency.valueOf(rs.getString("ask_frequency")),
                            paused == null ? null : paused.toLocalDate(),
                            quietFrom == null || quietTo == null
                                    ? null
                                    : new QuietHours(quietFrom.toLocalTime(), quietTo.toLocalTime()));
                })
                .list();
    }

    /** The confirmed volunteers among these ids. */
    List<VolunteerProfile> confirmedAmong(Collection<UUID> ids) {
        var all = List.copyOf(ids);
        var result = new ArrayList<VolunteerProfile>();
        for (int from = 0; from < all.size(); from += 1000) {
            result.addAll(load(
                    SELECT + " WHERE v.email_confirmed_at IS NOT NULL AND v.id IN (:ids)",
                    Map.of("ids", all.subList(from, Math.min(all.size(), from + 1000)))));
        }
        return result;
    }

    int countConfirmedIn(Collection<String> districtIds) {
        if (districtIds.isEmpty()) {
            return 0;
        }
        return jdbc.sql("""
				SELECT COUNT(DISTINCT v.id) FROM volunteer v JOIN volunteer_district d ON d.volunteer_id = v.id
				WHERE v.email_confirmed_at IS NOT NULL AND d.district_id IN (:districts)""")
                .param("districts", districtIds)
                .query(Integer.class)
                .single();
    }

    /** Confirmed volunteers who asked for the monthly letter. */
    List<VolunteerProfile> digestReaders() {
        return load(SELECT + " WHERE v.email_confirmed_at IS NOT NULL AND v.digest_opt_in = TRUE", Map.of());
    }

    /** Confirmed volunteers with their districts and whether they are paused on {@code day}. */
    Map<UUID, ReadyVolunteer> confirmed(LocalDate day) {
        var result = new HashMap<UUID, ReadyVolunteer>();
        jdbc.sql("SELECT id, paused_until FROM volunteer WHERE email_confirmed_at IS NOT NULL")
                .query(rs -> {
                    var paused = rs.getDate("paused_until");
                    result.put(
                            rs.getObject("id", UUID.class),
                            new ReadyVolunteer(new HashSet<>(), paused != null && day.isBefore(paused.toLocalDate())));
                });
        jdbc.sql("""
				SELECT d.volunteer_id, d.district_id FROM volunteer_district d JOIN volunteer v ON v.id = d.volunteer_id
				WHERE v.email_confirmed_at IS NOT NULL""").query(rs -> {
            var ready = result.get(rs.getObject(1, UUID.class));
            if (ready != null) {
                ready.districtIds().add(rs.getString(2));
            }
        });
        return result;
    }

    private List<VolunteerProfile> load(String sql, Map<String, ?> params) {
        return load(sql, params, null);
    }

    /**
     * Loads volunteers and their districts, kinds and languages. With {@code idQuery} (a query for the same
     * volunteers' ids, taking the same parameters) the child rows come in one query per table; without it, in
     * batches of the ids read.
     */
    private List<VolunteerProfile> load(String sql, Map<String, ?> params, String idQuery) {
        var rows = jdbc.sql(sql).params(params).query(Row::of).list();
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<UUID, Set<String>> districts;
        Map<UUID, Set<String>> kinds;
        Map<UUID, Set<String>> languages;
        if (idQuery != null && rows.size() > 1000) {
            districts = children(
                    "SELECT volunteer_id, district_id FROM volunteer_district WHERE volunteer_id IN (" + idQuery + ")",
                    params);
            kinds = children(
                    "SELECT volunteer_id, kind FROM volunteer_help_kind WHERE volunteer_id IN (" + idQuery + ")",
                    params);
            languages = children(
                    "SELECT volunteer_id, language FROM volunteer_language WHERE volunteer_id IN (" + idQuery + ")",
                    params);
        } else {
            var ids = rows.stream().map(Row::id).toList();
            districts = children(
                    "SELECT volunteer_id, district_id FROM volunteer_district WHERE volunteer_id IN (:ids)", ids);
            kinds = children("SELECT volunteer_id, kind FROM volunteer_help_kind WHERE volunteer_id IN (:ids)", ids);
            languages =
                    children("SELECT volunteer_id, language FROM volunteer_language WHERE volunteer_id IN (:ids)", ids);
        }
        var result = new ArrayList<VolunteerProfile>(rows.size());
        for (var row : rows) {
            var kindSet = new HashSet<HelpKind>();
            kinds.getOrDefault(row.id(), Set.of()).forEach(k -> kindSet.add(HelpKind.valueOf(k)));
            result.add(row.toProfile(
                    districts.getOrDefault(row.id(), Set.of()), kindSet, languages.getOrDefault(row.id(), Set.of())));
        }
        return result;
    }

    private Map<UUID, Set<String>> children(String sql, Map<String, ?> params) {
        var map = new HashMap<UUID, Set<String>>();
        jdbc.sql(sql).params(params).query(rs -> {
            map.computeIfAbsent(rs.getObject(1, UUID.class), k -> new HashSet<>())
                    .add(rs.getString(2));
        });
        return map;
    }

    private Map<UUID, Set<String>> children(String sql, List<UUID> ids) {
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

    private record Row(
            UUID id,
            UUID accountId,
            String name,
            String email,
            String phone,
            String locale,
            boolean hasCar,
            Availability availability,
            AskFrequency askFrequency,
            LocalDate pausedUntil,
            ContactChannel contactChannel,
            QuietHours quietHours,
            boolean digest,
            boolean adultConfirmed) {

        static Row of(ResultSet rs, int i) throws SQLException {
            var paused = rs.getDate("paused_until");
            var quietFrom = rs.getTime("quiet_from");
            var quietTo = rs.getTime("quiet_to");
            return new Row(
                    rs.getObject("id", UUID.class),
                    rs.getObject("account_id", UUID.class),
                    rs.getString("name"),
                    rs.getString("email"),
                    rs.getString("phone"),
                    rs.getString("locale"),
                    rs.getBoolean("has_car"),
                    new Availability(
                            rs.getBoolean("weekday_daytime"),
                            rs.getBoolean("weekday_evening"),
                            rs.getBoolean("weekend_daytime"),
                            rs.getBoolean("weekend_evening")),
                    AskFrequency.valueOf(rs.getString("ask_frequency")),
                    paused == null ? null : paused.toLocalDate(),
                    ContactChannel.valueOf(rs.getString("contact_channel")),
                    quietFrom == null || quietTo == null
                            ? null
                            : new QuietHours(quietFrom.toLocalTime(), quietTo.toLocalTime()),
                    rs.getBoolean("digest_opt_in"),
                    rs.getBoolean("adult_confirmed"));
        }

        VolunteerProfile toProfile(Set<String> districts, Set<HelpKind> kinds, Set<String> languages) {
            return new VolunteerProfile(
                    id,
                    accountId,
                    name,
                    new EmailAddress(email),
                    new PhoneNumber(phone),
                    locale,
                    Set.copyOf(districts),
                    Set.copyOf(kinds),
                    Set.copyOf(languages),
                    hasCar,
                    availability,
                    askFrequency,
                    pausedUntil,
                    contactChannel,
                    quietHours,
                    digest,
                    adultConfirmed);
        }
    }
}
