package se.samverka.organisation;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
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

    private final OrganisationImportRepository repository;
    private final Clock clock;

    OrganisationImport(OrganisationImportRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    /** The ids of the organisations that have these numbers (NNNNNN-NNNN), by number. */
    @Transactional(readOnly = true)
    public Map<String, UUID> idsByNumber(Collection<String> numbers) {
        return repository.idsByNumber(List.copyOf(Set.copyOf(numbers)));
    }

    /** The organisations that have these names (compared without case), by lower-case name. */
    @Transactional(readOnly = true)
    public Map<String, UUID> idsByName(Collection<String> names) {
        return repository.idsByLowerName(
                names.stream().map(n -> n.toLowerCase(Locale.ROOT)).distinct().toList());
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
        var byId = new LinkedHashMap<UUID, Imported>();
        var districts = new LinkedHashMap<UUID, Set<String>>();
        for (var o : created) {
            var id = UUID.randomUUID();
            byId.put(id, o);
            districts.put(id, o.districtIds());
        }
        repository.insertApproved(byId, staff, clock.instant());
        repository.update(updated);
        // districts are replaced only when the file names some
        var replaced = new ArrayList<UUID>();
        updated.forEach((id, o) -> {
            if (!o.districtIds().isEmpty()) {
                replaced.add(id);
                districts.put(id, o.districtIds());
            }
        });
        repository.clearDistricts(replaced);
        repository.addDistricts(districts);
        return List.copyOf(byId.keySet());
    }
}
