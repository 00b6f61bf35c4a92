package se.samverka.crisis;

import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The running crisis, cached: every public page asks for it (the banner), so it is read from the database at most
 * once per {@link #TTL} per instance. A start or end on this instance clears it at once (after commit); another
 * instance of Samverka shows the change within {@link #TTL}.
 */
@Component
class CurrentCrisis {

    static final Duration TTL = Duration.ofSeconds(15);

    private record Snapshot(Optional<Crisis> crisis, long loadedAt) {}

    private static final Logger log = LoggerFactory.getLogger(CurrentCrisis.class);

    private final CrisisRepository repository;

    private volatile Snapshot snapshot;

    CurrentCrisis(CrisisRepository repository) {
        this.repository = repository;
    }

    Optional<Crisis> get() {
        var now = System.nanoTime();
        var current = snapshot;
        if (current == null || now - current.loadedAt() > TTL.toNanos()) {
            try {
                current = new Snapshot(repository.running(), now);
            } catch (DataAccessException e) {
                // the banner must not take a page down with it while the database is away: keep what was known
                // (and not asked again for a TTL, so pages do not each wait for a connection)
                log.debug("Could not read the running crisis; keeping the last known state", e);
                current = new Snapshot(current == null ? Optional.empty() : current.crisis(), now);
                snapshot = current;
                return current.crisis();
            }
            snapshot = current;
        }
        return current.crisis();
    }

    void clear() {
        snapshot = null;
    }

    /**
     * Clears the cache when the caller's transaction commits, before any other after-commit work: the thank-you
     * messages an end sends (asynchronous listeners, started after commit) must no longer see the crisis as running.
     */
    void clearAfterCommit() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            clear();
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public int getOrder() {
                return Ordered.HIGHEST_PRECEDENCE;
            }

            @Override
            public void afterCommit() {
                clear();
            }
        });
    }
}
