package se.samverka.callout;

import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.stereotype.Component;

/**
 * Lets only a few requests of this app instance at a time into work that takes the contact lock
 * ({@link ContactLedger#lockForAsking}). Everything under that lock runs one after the other in the database
 * anyway, so more at once only adds connections that wait on the lock: when 200 volunteers answer the same
 * call-out in the same second, they would take every connection of the pool and the rest of the service would get
 * none. Here they wait in line without a connection (fairly, first come first served) and each gets its answer;
 * only one that has waited longer than {@code samverka.callout.asker-wait} is told to try again (the friendly 503
 * page of a busy database).
 */
@Component
class AskingGate {

    private final Semaphore permits;
    private final Duration wait;

    AskingGate(CalloutProperties properties) {
        this.permits = new Semaphore(properties.concurrentAskers(), true);
        this.wait = properties.askerWait();
    }

    <T> T through(Supplier<T> work) {
        var entered = false;
        try {
            entered = permits.tryAcquire(wait.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (!entered) {
            throw new TransientDataAccessResourceException(
                    "Too many answers at once", new SQLTransientConnectionException("asking gate: waited " + wait));
        }
        try {
            return work.get();
        } finally {
            permits.release();
        }
    }

    /** How many may be inside now (for tests). */
    int available() {
        return permits.availablePermits();
    }
}
