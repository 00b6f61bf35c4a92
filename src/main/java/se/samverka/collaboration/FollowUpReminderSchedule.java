package se.samverka.collaboration;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Representatives are reminded of agreements' follow-up dates every morning at 07:30, from one instance. */
@Configuration(proxyBeanMethods = false)
class FollowUpReminderSchedule {

    @Bean
    RecurringTask<Void> agreementFollowUpReminders(FollowUpReminders reminders) {
        return Tasks.recurring("agreement-follow-up-reminders", Schedules.cron("0 30 7 * * *", Agreements.STOCKHOLM))
                .execute((instance, context) -> reminders.remind());
    }
}
