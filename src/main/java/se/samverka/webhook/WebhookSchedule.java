package se.samverka.webhook;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The recurring db-scheduler task that sends due webhook deliveries; it runs on one instance at a time. */
@Configuration(proxyBeanMethods = false)
class WebhookSchedule {

    @Bean
    RecurringTask<Void> webhookSenderTask(WebhookSender sender, Clock clock) {
        return Tasks.recurring("webhook-sender", FixedDelay.ofSeconds(5))
                .execute((instance, context) -> sender.sendDue(clock.instant()));
    }
}
