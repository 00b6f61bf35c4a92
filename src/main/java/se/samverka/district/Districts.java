package se.samverka.district;

import java.text.Normalizer;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The districts of the municipality, read by every module that places people or needs. Nearly every page reads
 * them and they change a few times a year, so the list is kept in memory for a short while
 * ({@code samverka.district.cache}, 10 s): an edit on another instance shows there within that time, an edit
 * here at once.
 */
@Service
public class Districts {

    private final DistrictRepository repository;
    private final long cacheNanos;
    private final TransactionTemplate reading;
    private volatile Snapshot snapshot;

    Districts(
            DistrictRepository repository,
            @Value("${samverka.district.cache:10s}") Duration cache,
            PlatformTransactionManager transactions) {
        this.repository = repository;
        this.cacheNanos = cache.toNanos();
        this.reading = new TransactionTemplate(transactions);
        this.reading.setReadOnly(true);
    }

    private record Snapshot(List<District> districts, long readAt) {}

    /**
     * Every district, from memory while the snapshot is fresh. Not {@code @Transactional}: a transaction takes a pooled
     * connection when it begins, so every page with a district list held one of the pool's ten connections for a
     * look-up in memory, and under load pages queued for connections they did not use (issue 11). Only reading the
     * districts again takes one.
     */
    public List<District> all() {
        var current = snapshot;
        var now = System.nanoTime();
        if (current != null && now - current.readAt() < cacheNanos) {
            return current.districts();
        }
        var districts = reading.execute(status -> List.copyOf(repository.findAll()));
        snapshot = new Snapshot(districts, now);
        return districts;
    }

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
        snapshot = null;
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                snapshot = null; // a reader between the write and the commit may have kept the old list
            }
        });
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
