package se.samverka.organisation;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.samverka.organisation.OrganisationImport.Imported;

/** Organisations taken over from the municipality's register: looked up and written in batches. */
@Repository
class OrganisationImportRepository {

    private static final int CHUNK = 1000;

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    OrganisationImportRepository(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /** The ids of the organisations that have these numbers (NNNNNN-NNNN), by number. */
    Map<String, UUID> idsByNumber(List<String> numbers) {
        var found = new HashMap<String, UUID>();
        for (int from = 0; from < numbers.size(); from += CHUNK) {
            jdbc.sql("SELECT org_number, id FROM organisation WHERE org_number IN (:numbers)")
                    .param("numbers", numbers.subList(from, Math.min(numbers.size(), from + CHUNK)))
                    .query(rs -> {
                        found.put(rs.getString(1), rs.getObject(2, UUID.class));
                    });
        }
        return found;
    }

    /** The ids of the organisations that have these names (lower case, compared without case), by name. */
    Map<String, UUID> idsByLowerName(List<String> names) {
        var found = new HashMap<String, UUID>();
        for (int from = 0; from < names.size(); from += CHUNK) {
            jdbc.sql("SELECT LOWER(name), id FROM organisation WHERE LOWER(name) IN (:names)")
                    .param("names", names.subList(from, Math.min(names.size(), from + CHUNK)))
                    .query(rs -> {
                        found.put(rs.getString(1), rs.getObject(2, UUID.class));
                    });
        }
        return found;
    }

    /** Saves the associations, by their new ids, as approved by {@code staff} at {@code now}. */
    void insertApproved(Map<UUID, Imported> created, String staff, Instant now) {
        var at = Timestamp.from(now);
        var rows = new ArrayList<Object[]>(created.size());
        created.forEach((id, o) -> rows.add(new Object[] {
            id,
            o.name(),
            o.orgNumber().value(),
            o.form().name(),
            o.purpose() == null ? "" : o.purpose(),
            o.website(),
            o.email(),
            o.phone(),
            staff,
            at,
            at,
            at
        }));
        template.batchUpdate(
                "INSERT INTO organisation (id, name, org_number, form, purpose, website, email, phone, status,"
                        + " decided_by, decided_at, applied_at, confirmed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'APPROVED',"
                        + " ?, ?, ?, ?)",
                rows);
    }

    /** Changes the associations by id; a blank purpose keeps the one saved. */
    void update(Map<UUID, Imported> updated) {
        var changes = new ArrayList<Object[]>(updated.size());
        updated.forEach((id, o) -> changes.add(
                new Object[] {o.name(), o.form().name(), o.purpose(), o.website(), o.email(), o.phone(), id}));
        template.batchUpdate(
                "UPDATE organisation SET name = ?, form = ?, purpose = COALESCE(NULLIF(?, ''), purpose),"
                        + " website = ?, email = ?, phone = ? WHERE id = ?",
                changes);
    }

    /** Removes the districts of these organisations. */
    void clearDistricts(List<UUID> ids) {
        template.batchUpdate(
                "DELETE FROM organisation_district WHERE organisation_id = ?",
                ids.stream().map(id -> new Object[] {id}).toList());
    }

    /** Adds the districts, by organisation id. */
    void addDistricts(Map<UUID, Set<String>> districts) {
        var rows = new ArrayList<Object[]>();
        districts.forEach((id, ids) -> ids.forEach(d -> rows.add(new Object[] {id, d})));
        template.batchUpdate("INSERT INTO organisation_district (organisation_id, district_id) VALUES (?, ?)", rows);
    }
}
