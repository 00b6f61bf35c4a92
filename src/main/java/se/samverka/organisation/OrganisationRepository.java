package se.samverka.organisation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads organisations with their districts and activities, and memberships. */
@Repository
class OrganisationRepository {

    static final String COLUMNS = """
			id, name, org_number, form, purpose, website, email, phone, status, decision_reason, applied_at,
			confirmed_at, language""";

    private final JdbcClient jdbc;

    OrganisationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Organisation> find(UUID id) {
        return load("SELECT " + COLUMNS + " FROM organisation WHERE id = :id", Map.of("id", id)).stream()
                .findFirst();
    }

    List<Organisation> withStatus(OrganisationStatus status) {
        return load(
                "SELECT " + COLUMNS + " FROM organisation WHERE status = :status ORDER BY name",
                Map.of("status", status.name()));
    }

    Map<UUID, String> names(Collection<UUID> ids) {
        var names = new LinkedHashMap<UUID, String>();
        var distinct = ids.stream().filter(Objects::nonNull).distinct().toList();
        if (!distinct.isEmpty()) {
            jdbc.sql("SELECT id, name FROM organisation WHERE id IN (:ids) ORDER BY name, id")
                    .param("ids", distinct)
                    .query(rs -> {
                        names.put(rs.getObject(1, UUID.class), rs.getString(2));
                    });
        }
        return names;
    }

    /** Locks the organisation's row until the transaction ends; its name, or empty when there is none. */
    Optional<String> lockName(UUID id) {
        return jdbc.sql("SELECT name FROM organisation WHERE id = ? FOR UPDATE")
                .param(id)
                .query(String.class)
                .optional();
    }

    /** The language ("sv" or "en") Samverka writes to the organisation in. */
    String language(UUID id) {
        return jdbc.sql("SELECT language FROM organisation WHERE id = ?")
                .param(id)
                .query(String.class)
                .single();
    }

    /** Loads organisations by the query, with their districts and activities in two more queries. */
    List<Organisation> load(String sql, Map<String, ?> params) {
        var rows = new ArrayList<Row>();
        jdbc.sql(sql).params(params).query(rs -> {
            rows.add(Row.of(rs));
        });
        if (rows.isEmpty()) {
            return List.of();
        }
        var ids = rows.stream().map(Row::id).toList();
        var districts = new HashMap<UUID, Set<String>>();
        var activities = new HashMap<UUID, Set<ActivityKind>>();
        for (int from = 0; from < ids.size(); from += 1000) {
            Collection<UUID> chunk = ids.subList(from, Math.min(ids.size(), from + 1000));
            jdbc.sql("SELECT organisation_id, district_id FROM organisation_district WHERE organisation_id IN (:ids)")
                    .param("ids", chunk)
                    .query(rs -> {
                        districts
                                .computeIfAbsent(rs.getObject(1, UUID.class), k -> new HashSet<>())
                                .add(rs.getString(2));
                    });
            jdbc.sql("SELECT organisation_id, activity FROM organisation_activity WHERE organisation_id IN (:ids)")
                    .param("ids", chunk)
                    .query(rs -> {
                        activities
                                .computeIfAbsent(rs.getObject(1, UUID.class), k -> EnumSet.noneOf(ActivityKind.class))
                                .add(ActivityKind.valueOf(rs.getString(2)));
                    });
        }
        return rows.stream()
                .map(r -> r.toOrganisation(
                        districts.getOrDefault(r.id(), Set.of()), activities.getOrDefault(r.id(), Set.of())))
                .toList();
    }

    private record Row(
            UUID id,
            String name,
            String orgNumber,
            String form,
            String purpose,
            String website,
            String email,
            String phone,
            String status,
            String decisionReason,
            java.time.Instant appliedAt,
            java.time.Instant confirmedAt,
            String language) {

        static Row of(ResultSet rs) throws SQLException {
            return new Row(
                    rs.getObject("id", UUID.class),
                    rs.getString("name"),
                    rs.getString("org_number"),
                    rs.getString("form"),
                    rs.getString("purpose"),
                    rs.getString("website"),
                    rs.getString("email"),
                    rs.getString("phone"),
                    rs.getString("status"),
                    rs.getString("decision_reason"),
                    rs.getTimestamp("applied_at").toInstant(),
                    rs.getTimestamp("confirmed_at").toInstant(),
                    rs.getString("language"));
        }

        Organisation toOrganisation(Set<String> districtIds, Set<ActivityKind> activities) {
            return new Organisation(
                    id,
                    name,
                    orgNumber == null ? null : new OrgNumber(orgNumber),
                    OrganisationForm.valueOf(form),
                    purpose,
                    website,
                    email,
                    phone,
                    OrganisationStatus.valueOf(status),
                    decisionReason,
                    appliedAt,
                    confirmedAt,
                    Set.copyOf(districtIds),
                    activities.isEmpty() ? Set.of() : java.util.Collections.unmodifiableSet(EnumSet.copyOf(activities)),
                    language);
        }
    }
}
