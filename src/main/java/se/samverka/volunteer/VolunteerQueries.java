package se.samverka.volunteer;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.samverka.shared.HelpKind;

/**
 * Reads volunteers' profiles with their districts, kinds and languages in four queries, whatever the number. The
 * language their messages go out in is on the volunteer's own row, so a call-out wave over thousands of volunteers
 * joins no other module's table. Counts and the askability of everyone are in {@link AskabilityQueries}.
 */
@Repository
class VolunteerQueries {

    private static final String SELECT = "SELECT " + ProfileRow.COLUMNS + " FROM volunteer v";

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

    /** Confirmed volunteers who asked for the monthly letter. */
    List<VolunteerProfile> digestReaders() {
        return load(SELECT + " WHERE v.email_confirmed_at IS NOT NULL AND v.digest_opt_in = TRUE", Map.of());
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
        var rows = jdbc.sql(sql).params(params).query(ProfileRow::of).list();
        if (rows.isEmpty()) {
            return List.of();
        }
        var children = idQuery != null && rows.size() > 1000
                ? VolunteerChildren.selectedBy(jdbc, idQuery, params)
                : VolunteerChildren.of(jdbc, rows.stream().map(ProfileRow::id).toList());
        var result = new ArrayList<VolunteerProfile>(rows.size());
        for (var row : rows) {
            var kindSet = new HashSet<HelpKind>();
            children.kindsOf(row.id()).forEach(k -> kindSet.add(HelpKind.valueOf(k)));
            result.add(row.toProfile(children.districtsOf(row.id()), kindSet, children.languagesOf(row.id())));
        }
        return result;
    }
}
