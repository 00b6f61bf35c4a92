package se.samverka.notification;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.modulith.events.IncompleteEventPublications;

/** The recurring db-scheduler task that empties the outbox; db-scheduler runs it on one instance at a time. */
@Configuration(proxyBeanMethods = false)
class OutboxSchedule {

    @Bean
    OutboxInstance outboxInstance(NotificationProperties properties, @Value("${server.port:8080}") int port) {
        return OutboxInstance.of(properties.instanceId(), port);
    }

    @Bean
    RecurringTask<Void> outboxSenderTask(OutboxSender sender) {
        return Tasks.recurring("outbox-sender", FixedDelay.ofSeconds(2))
                .execute((instance, context) -> sender.sendDue());
    }

    /**
     * Events whose listener failed (a database hiccup while writing the outbox row) are tried again every few
     * minutes, not only at the next restart. Listeners are idempotent through the outbox's dedupe keys, so a
     * publication that was merely slow does no harm when it runs twice.
     */
    @Bean
    RecurringTask<Void> eventRetryTask(IncompleteEventPublications incomplete) {
        return Tasks.recurring("event-retry", FixedDelay.ofMinutes(2))
                .execute((instance, context) ->
                        incomplete.resubmitIncompletePublicationsOlderThan(Duration.ofMinutes(5)));
    }
}
