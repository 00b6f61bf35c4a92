package se.samverka.organisation;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.IntSupplier;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Organisations ({@code organisation}) with the districts they work in and their kinds of activity. */
@Repository
class OrganisationRepository {

    static final String COLUMNS = """
			id, name, org_number, form, purpose, website, email, phone, status, decision_reason, applied_at,
			confirmed_at, language""";

    private static final UUID NONE = new UUID(0, 0);

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

    /** Whether an organisation other than {@code exceptId} (may be null) has the name, compared without case. */
    boolean nameTaken(String name, UUID exceptId) {
        return jdbc.sql("SELECT COUNT(*) FROM organisation WHERE LOWER(name) = LOWER(?) AND id <> ?")
                        .params(name, exceptId == null ? NONE : exceptId)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    boolean numberTaken(OrgNumber number, UUID exceptId) {
        return jdbc.sql("SELECT COUNT(*) FROM organisation WHERE org_number = ? AND id <> ?")
                        .params(number.value(), exceptId == null ? NONE : exceptId)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    /** Saves a pending application. Throws {@link DuplicateOrganisation}. */
    void insertPending(UUID id, OrganisationDetails details, String language, Instant now) {
        translatingDuplicates(() -> jdbc.sql("""
				INSERT INTO organisation (id, name, org_number, form, purpose, website, email, phone, status, applied_at,
				  confirmed_at, language)
				VALUES (:id, :name, :number, :form, :purpose, :website, :email, :phone, 'PENDING', :now, :now, :language)""")
                .paramSource(columns(details)
                        .addValue("id", id)
                        .addValue("language", language)
                        .addValue("now", Timestamp.from(now)))
                .update());
        insertLists(id, details);
    }

    /** Changes the details and the language; false when there is no such organisation. Throws {@link DuplicateOrganisation}. */
    boolean update(UUID id, OrganisationDetails details, String language) {
        var changed = translatingDuplicates(() -> jdbc.sql("""
				UPDATE organisation SET name = :name, org_number = :number, form = :form, purpose = :purpose,
				  website = :website, email = :email, phone = :phone, language = :language WHERE id = :id""")
                .paramSource(columns(details).addValue("id", id).addValue("language", language))
                .update());
        if (changed == 0) {
            return false;
        }
        jdbc.sql("DELETE FROM organisation_district WHERE organisation_id = ?")
                .param(id)
                .update();
        jdbc.sql("DELETE FROM organisation_activity WHERE organisation_id = ?")
                .param(id)
                .update();
        insertLists(id, details);
        return true;
    }

    /** Decides a pending application; false when it was decided already. */
    boolean decide(UUID id, OrganisationStatus decision, String reason, String staff, Instant now) {
        return jdbc.sql("""
				UPDATE organisation SET status = ?, decision_reason = ?, decided_by = ?, decided_at = ?
				WHERE id = ? AND status = 'PENDING'""")
                        .params(decision.name(), reason, staff, Timestamp.from(now), id)
                        .update()
                > 0;
    }

    /** The page was confirmed: the yearly check starts again, with a reminder of its own. */
    void confirm(UUID id, Instant now) {
        jdbc.sql("UPDATE organisation SET confirmed_at = ?, reminded_at = NULL WHERE id = ?")
                .params(Timestamp.from(now), id)
                .update();
    }

    /** Approved organisations last confirmed before {@code cutoff} and not reminded since, the oldest first. */
    List<UUID> dueForCheck(Instant cutoff) {
        return jdbc.sql("""
				SELECT id FROM organisation WHERE status = 'APPROVED' AND reminded_at IS NULL AND confirmed_at < ?
				ORDER BY confirmed_at""").param(Timestamp.from(cutoff)).query(UUID.class).list();
    }

    /** Notes the reminder; false when another run reminded the organisation first. */
    boolean markReminded(UUID id, Instant now) {
        return jdbc.sql("UPDATE organisation SET reminded_at = ? WHERE id = ? AND reminded_at IS NULL")
                        .params(Timestamp.from(now), id)
                        .update()
                == 1;
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

    /** Loads organisations by a query of {@link #COLUMNS}, with their districts and activities in two more queries. */
    List<Organisation> load(String sql, Map<String, ?> params) {
        var rows = new ArrayList<OrganisationRow>();
        jdbc.sql(sql).params(params).query(rs -> {
            rows.add(OrganisationRow.of(rs));
        });
        if (rows.isEmpty()) {
            return List.of();
        }
        var ids = rows.stream().map(OrganisationRow::id).toList();
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

    private void insertLists(UUID id, OrganisationDetails details) {
        for (var district : details.districtIds()) {
            jdbc.sql("INSERT INTO organisation_district (organisation_id, district_id) VALUES (?, ?)")
                    .params(id, district)
                    .update();
        }
        for (var activity : details.activities()) {
            jdbc.sql("INSERT INTO organisation_activity (organisation_id, activity) VALUES (?, ?)")
                    .params(id, activity.name())
                    .update();
        }
    }

    private static MapSqlParameterSource columns(OrganisationDetails details) {
        return new MapSqlParameterSource()
                .addValue("name", details.name())
                .addValue(
                        "number",
                        details.orgNumber() == null ? null : details.orgNumber().value())
                .addValue("form", details.form().name())
                .addValue("purpose", details.purpose())
                .addValue("website", details.website())
                .addValue("email", details.email().value())
                .addValue(
                        "phone",
                        details.phone() == null ? null : details.phone().e164());
    }

    /** The unique keys on name and number are the last guard; the key's name tells which field to blame. */
    private static int translatingDuplicates(IntSupplier write) {
        try {
            return write.getAsInt();
        } catch (DuplicateKeyException e) {
            var message = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
            throw new DuplicateOrganisation(message.contains("organisation_number_uk") ? "orgNumber" : "name");
        }
    }
}
