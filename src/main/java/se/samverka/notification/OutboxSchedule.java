package se.samverka.notification;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;

/** The recurring db-scheduler task that empties the outbox; db-scheduler runs it on one instance at a time. */
@Configuration(proxyBeanMethods = false)
class OutboxSchedule {

	@Bean
	RecurringTask<Void> outboxSenderTask(OutboxSender sender) {
		return Tasks.recurring("outbox-sender", FixedDelay.ofSeconds(2)).execute((instance, context) -> sender.sendDue());
	}
}
