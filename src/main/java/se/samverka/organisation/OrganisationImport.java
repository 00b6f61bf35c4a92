package se.samverka.organisation;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Associations taken over from the municipality's own register (a spreadsheet an administrator imports): they are
 * known and vetted already, so they are saved as approved, without representatives (those apply for a login
 * themselves). Written in batches, in the caller's transaction, so that an import is saved whole or not at all.
 */
@Service
public class OrganisationImport {

    /** One association from the file, already checked: a valid organisationsnummer (NNNNNN-NNNN) and e-mail. */
    public record Imported(
            String name,
            OrgNumber orgNumber,
            OrganisationForm form,
            String purpose,
            Set<String> districtIds,
            String website,
            String email,
            String phone) {}

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final Clock clock;

    OrganisationImport(JdbcClient jdbc, JdbcTemplate template, Clock clock) {
        this.jdbc = jdbc;
        this.template = template;
        this.clock = clock;
    }

    /** The ids of the organisations that have these numbers (NNNNNN-NNNN), by number. */
    @Transactional(readOnly = true)
    public Map<String, UUID> idsByNumber(Collection<String> numbers) {
        var found = new HashMap<String, UUID>();
        var list = List.copyOf(Set.copyOf(numbers));
        for (int from = 0; from < list.size(); from += 1000) {
            jdbc.sql("SELECT org_number, id FROM organisation WHERE org_number IN (:numbers)")
                    .param("numbers", list.subList(from, Math.min(list.size(), from + 1000)))
                    .query(rs -> {
                        found.put(rs.getString(1), rs.getObject(2, UUID.class));
                    });
        }
        return found;
    }

    /** The organisations that have these names (compared without case), by lower-case name. */
    @Transactional(readOnly = true)
    public Map<String, UUID> idsByName(Collection<String> names) {
        var found = new HashMap<String, UUID>();
        var list =
                names.stream().map(n -> n.toLowerCase(Locale.ROOT)).distinct().toList();
        for (int from = 0; from < list.size(); from += 1000) {
            jdbc.sql("SELECT LOWER(name), id FROM organisation WHERE LOWER(name) IN (:names)")
                    .param("names", list.subList(from, Math.min(list.size(), from + 1000)))
                    .query(rs -> {
                        found.put(rs.getString(1), rs.getObject(2, UUID.class));
                    });
        }
        return found;
    }

    /**
     * Saves new associations as approved and updates known ones (their name, contact details, website and
     * districts and purpose only when the file has them). Must run inside the caller's transaction: the unique keys
     * on name and number are the last guard, and a violation undoes the whole import.
     *
     * @return the ids of the new associations, in the order given
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<UUID> save(List<Imported> created, Map<UUID, Imported> updated, String staff) {
        var now = Timestamp.from(clock.instant());
        var ids = new ArrayList<UUID>(created.size());
        var rows = new ArrayList<Object[]>(created.size());
        var districts = new ArrayList<Object[]>();
        for (var o : created) {
            var id = UUID.randomUUID();
            ids.add(id);
            rows.add(new Object[] {
                id,
                o.name(),
                o.orgNumber().value(),
                o.form().name(),
                o.purpose() == null ? "" : o.purpose(),
                o.website(),
                o.email(),
                o.phone(),
                staff,
                now,
                now,
                now
            });
            o.districtIds().forEach(d -> districts.add(new Object[] {id, d}));
        }
        template.batchUpdate(
                "INSERT INTO organisation (id, name, org_number, form, purpose, website, email, phone, status,"
                        + " decided_by, decided_at, applied_at, confirmed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'APPROVED',"
                        + " ?, ?, ?, ?)",
                rows);
        var changes = new ArrayList<Object[]>(updated.size());
        var cleared = new ArrayList<Object[]>(updated.size());
        updated.forEach((id, o) -> {
            changes.add(new Object[] {o.name(), o.form().name(), o.purpose(), o.website(), o.email(), o.phone(), id});
            if (!o.districtIds().isEmpty()) {
                cleared.add(new Object[] {id});
                o.districtIds().forEach(d -> districts.add(new Object[] {id, d}));
            }
        });
        template.batchUpdate(
                "UPDATE organisation SET name = ?, form = ?, purpose = COALESCE(NULLIF(?, ''), purpose),"
                        + " website = ?, email = ?, phone = ? WHERE id = ?",
                changes);
        template.batchUpdate("DELETE FROM organisation_district WHERE organisation_id = ?", cleared);
        template.batchUpdate(
                "INSERT INTO organisation_district (organisation_id, district_id) VALUES (?, ?)", districts);
        return ids;
    }
}
