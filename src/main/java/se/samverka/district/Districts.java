package se.samverka.district;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The districts of the municipality, read by every module that places people or needs. */
@Service
public class Districts {

    private final DistrictRepository repository;

    Districts(DistrictRepository repository) {
        this.repository = repository;
    }

    @Transactional(readOnly = true)
    public List<District> all() {
        return repository.findAll();
    }

    @Transactional(readOnly = true)
    public Optional<District> find(String id) {
        return all().stream().filter(d -> d.id().equals(id)).findFirst();
    }

    public boolean exists(String id) {
        return id != null && find(id).isPresent();
    }

    @Transactional(readOnly = true)
    public boolean nameTaken(String name, String exceptId) {
        return repository.existsByName(name, exceptId);
    }

    /** Saves a district; returns its id. Rejects a name another district already has. */
    @Transactional
    public String save(
            String existingId, String name, double easting, double northing, int sortOrder, Set<String> neighbourIds) {
        if (repository.existsByName(name, existingId)) {
            throw new DuplicateDistrictName();
        }
        var id = existingId != null ? existingId : slug(name);
        repository.upsert(id, name, easting, northing, sortOrder, existingId == null);
        repository.replaceNeighbours(
                id, neighbourIds.stream().filter(n -> !n.equals(id)).collect(Collectors.toSet()));
        return id;
    }

    static String slug(String name) {
        var plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        var slug = plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return slug.length() > 40 ? slug.substring(0, 40) : slug;
    }

    /** A district with that name exists already. */
    public static class DuplicateDistrictName extends RuntimeException {}
}
