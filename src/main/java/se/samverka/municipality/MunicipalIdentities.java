package se.samverka.municipality;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The municipality as Samverka presents it: what an administrator stored at /admin/kommun, else the configuration.
 * Every page asks for it, so it is kept for a few seconds; another instance sees a change within that time.
 */
@Service
public class MunicipalIdentities {

    private static final Logger log = LoggerFactory.getLogger(MunicipalIdentities.class);

    private static final long FRESH_NANOS = 15_000_000_000L;

    /** The fields an administrator can change, by the name the change log uses. */
    private static final List<Field> FIELDS = List.of(
            new Field("name", MunicipalIdentity::name),
            new Field("phone", MunicipalIdentity::phone),
            new Field("openingHours", MunicipalIdentity::openingHours),
            new Field("openingHoursEn", MunicipalIdentity::openingHoursEn),
            new Field("address", MunicipalIdentity::address),
            new Field("email", MunicipalIdentity::email),
            new Field("logo", MunicipalIdentity::logo),
            new Field("primaryColour", MunicipalIdentity::primaryColour));

    private final IdentityRepository repository;
    private final MunicipalityProperties properties;
    private final Clock clock;

    private volatile Cached cached;

    MunicipalIdentities(IdentityRepository repository, MunicipalityProperties properties, Clock clock) {
        this.repository = repository;
        this.properties = properties;
        this.clock = clock;
    }

    private record Cached(MunicipalIdentity identity, boolean stored, long readAt) {}

    private record Field(String name, Function<MunicipalIdentity, String> value) {}

    /**
     * The municipality now. When the database does not answer, the last one read (or the configured one): a page
     * that says the service is unavailable still says whose service it is.
     */
    public MunicipalIdentity current() {
        return read().identity();
    }

    /** Whether an administrator's details replace the configured ones. */
    boolean overridden() {
        return read().stored();
    }

    private Cached read() {
        var known = cached;
        if (known != null && System.nanoTime() - known.readAt() < FRESH_NANOS) {
            return known;
        }
        try {
            var stored = repository.find();
            var fresh = new Cached(stored.orElseGet(properties::identity), stored.isPresent(), System.nanoTime());
            cached = fresh;
            return fresh;
        } catch (DataAccessException e) {
            log.warn("Could not read the municipality's details, showing the last known: {}", e.getMessage());
            return known != null ? known : new Cached(properties.identity(), false, System.nanoTime());
        }
    }

    /** Stores the administrator's details and logs which fields changed; returns their names (none: nothing stored). */
    @Transactional
    public List<String> change(MunicipalIdentity identity, String by) {
        var before = repository.find().orElseGet(properties::identity);
        var changed = new ArrayList<String>();
        FIELDS.forEach(f -> {
            if (!Objects.equals(f.value().apply(before), f.value().apply(identity))) {
                changed.add(f.name());
            }
        });
        if (!changed.isEmpty()) {
            var now = clock.instant();
            repository.save(identity, by, now);
            repository.recordChange(now, by, String.join(",", changed));
        }
        cached = null;
        return changed;
    }

    /** Goes back to the configured details; returns whether there was anything to undo. */
    @Transactional
    public boolean reset(String by) {
        var removed = repository.delete();
        if (removed) {
            repository.recordChange(clock.instant(), by, "reset");
        }
        cached = null;
        return removed;
    }

    @Transactional(readOnly = true)
    List<IdentityChange> changes() {
        return repository.changes(10);
    }
}
