package se.samverka.notification;

import java.time.Clock;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * At start, takes back the messages this instance was sending when it stopped (a {@code kill -9}, a power cut):
 * nobody else is sending them, so they need not wait for their claim's lease to run out. Other instances' claims
 * are left to their lease ({@code samverka.notification.claim-lease}), because those instances may be alive. Only
 * claims from before this run are taken back: by the time the application is ready this run may already be
 * sending messages of its own (events republished at start), and those must not be sent twice.
 */
@Component
class OutboxRecovery {

    private static final Logger log = LoggerFactory.getLogger(OutboxRecovery.class);

    private final OutboxRepository repository;
    private final OutboxInstance instance;
    private final Clock clock;
    private final Instant startedAt;

    OutboxRecovery(OutboxRepository repository, OutboxInstance instance, Clock clock) {
        this.repository = repository;
        this.instance = instance;
        this.clock = clock;
        // created before the scheduler and the event listeners run, so before any claim of this run
        this.startedAt = clock.instant();
    }

    @EventListener(ApplicationReadyEvent.class)
    void reclaimOwnUnfinishedSends() {
        var reclaimed =
                repository.releaseClaimsOf(instance.id(), startedAt, clock.instant(), "Interrupted by a restart");
        if (reclaimed > 0) {
            log.warn(
                    "{} outbox message(s) were being sent by this instance ({}) when it stopped; queued again",
                    reclaimed,
                    instance.id());
        }
    }
}
