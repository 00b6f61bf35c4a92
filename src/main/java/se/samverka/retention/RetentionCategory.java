package se.samverka.retention;

import java.time.Instant;

/**
 * One kind of record with a retention rule, contributed as a bean by the module that owns its table. The nightly
 * job calls {@link #purgeBatch(Instant, int)} again and again, with a pause in between, until it returns 0.
 */
public interface RetentionCategory {

    /** The category's name, also its key under {@code samverka.retention.rules}, for example {@code help-requests}. */
    String name();

    /** The configured rule: how long to keep and the decision reference that says so. */
    RetentionRule rule();

    /** The shortest period the category allows; a configured rule below it stops the application at startup. */
    default int minimumMonths() {
        return 0;
    }

    /**
     * Removes (deletes or anonymises) at most {@code batchSize} rows that expired before the cutoff, in one short
     * transaction of its own, and returns how many it removed; 0 when nothing is left.
     *
     * @param cutoff rows that closed, were sent or were last active before this instant have expired
     * @param batchSize the most rows to remove in this call
     */
    int purgeBatch(Instant cutoff, int batchSize);
}
