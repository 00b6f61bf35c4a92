package se.samverka;

import static org.awaitility.Awaitility.await;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Waits, instead of sleeping, until the application has finished what a test set off: for a test that must show
 * that something did <em>not</em> happen (a second reminder, a mail to a stranger), "nothing yet after a second" is
 * a guess, "nothing after everything has settled" is a fact.
 * <p>
 * Settled means: every event published since {@code since} has been handled by all its listeners (the event
 * publication registry deletes a publication once it is complete; a failed one stays, marked FAILED), and every
 * message they put in the outbox since then that is due has been tried at least once (sent, or failed once).
 */
public final class Settled {

    private static final Duration AT_MOST = Duration.ofSeconds(30);

    private Settled() {}

    /** The moment to pass to {@link #since} later: now, less a little for clocks that tick coarsely. */
    public static Instant now() {
        return Instant.now().minusMillis(500);
    }

    /** Waits (at most 30 s) until everything set off since {@code since} has settled. */
    public static void since(JdbcClient jdbc, Instant since) {
        await("the events published since " + since + " handled and their messages tried")
                .atMost(AT_MOST)
                .pollInterval(Duration.ofMillis(50))
                .until(() -> unhandledEvents(jdbc, since) == 0 && untriedMessages(jdbc, since) == 0);
    }

    private static int unhandledEvents(JdbcClient jdbc, Instant since) {
        return jdbc.sql("""
				SELECT COUNT(*) FROM event_publication
				WHERE publication_date >= ? AND completion_date IS NULL AND (status IS NULL OR status <> 'FAILED')""").param(Timestamp.from(since)).query(Integer.class).single();
    }

    private static int untriedMessages(JdbcClient jdbc, Instant since) {
        return jdbc.sql("""
				SELECT COUNT(*) FROM outbox_message
				WHERE created_at >= ?
				  AND (status = 'SENDING' OR status = 'PENDING' AND attempts = 0 AND next_attempt_at <= ?)""")
                .params(Timestamp.from(since), Timestamp.from(Instant.now()))
                .query(Integer.class)
                .single();
    }
}
