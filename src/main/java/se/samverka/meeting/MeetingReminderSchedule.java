package se.samverka.meeting;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Registered organisations are reminded the day before their meeting, from one instance. Hourly, so that a
 * meeting created late the day before is still reminded; each registration once.
 */
@Configuration(proxyBeanMethods = false)
class MeetingReminderSchedule {

    @Bean
    RecurringTask<Void> meetingReminders(DayBeforeReminders reminders) {
        return Tasks.recurring("meeting-reminders", Schedules.cron("0 0 9-20 * * *", Meeting.STOCKHOLM))
                .execute((instance, context) -> reminders.remindTomorrow());
    }
}
