package se.samverka.notification;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * At start, takes back the messages this instance was sending when it stopped (a {@code kill -9}, a power cut):
 * nobody else is sending them, so they need not wait for their claim's lease to run out. Other instances' claims
 * are left to their lease ({@code samverka.notification.claim-lease}), because those instances may be alive.
 */
@Component
class OutboxRecovery {

	private static final Logger log = LoggerFactory.getLogger(OutboxRecovery.class);

	private final OutboxRepository repository;
	private final OutboxInstance instance;
	private final Clock clock;

	OutboxRecovery(OutboxRepository repository, OutboxInstance instance, Clock clock) {
		this.repository = repository;
		this.instance = instance;
		this.clock = clock;
	}

	@EventListener(ApplicationReadyEvent.class)
	void reclaimOwnUnfinishedSends() {
		var reclaimed = repository.releaseClaimsOf(instance.id(), clock.instant(), "Interrupted by a restart");
		if (reclaimed > 0) {
			log.warn("{} outbox message(s) were being sent by this instance ({}) when it stopped; queued again",
					reclaimed, instance.id());
		}
	}
}
