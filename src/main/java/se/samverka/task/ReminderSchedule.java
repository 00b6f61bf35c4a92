package se.samverka.task;

import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Reminders are db-scheduler one-off tasks: stored in the database, so they survive restarts, and picked by
 * exactly one instance when several run. The instance id is {@code assignmentId:WHEN}.
 */
@Configuration(proxyBeanMethods = false)
class ReminderSchedule {

    static final String TASK = "task-reminder";

    @Bean
    OneTimeTask<String> taskReminder(ReminderSender sender) {
        return Tasks.oneTime(TASK, String.class).execute((instance, context) -> sender.send(instance.getId()));
    }
}
