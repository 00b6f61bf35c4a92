package se.samverka.idea;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Coaches are reminded of due next steps every morning at 08:00, from one instance. */
@Configuration(proxyBeanMethods = false)
class IdeaReminderSchedule {

    @Bean
    RecurringTask<Void> ideaNextStepReminders(NextStepReminders reminders) {
        return Tasks.recurring("idea-next-step-reminders", Schedules.cron("0 0 8 * * *", Ideas.STOCKHOLM))
                .execute((instance, context) -> reminders.remindDueSteps());
    }
}
