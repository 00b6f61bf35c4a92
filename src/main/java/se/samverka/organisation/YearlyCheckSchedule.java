package se.samverka.organisation;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The yearly check's reminders go out every morning at 09:00, from one instance. */
@Configuration(proxyBeanMethods = false)
class YearlyCheckSchedule {

    @Bean
    RecurringTask<Void> organisationYearlyCheck(YearlyCheck check) {
        return Tasks.recurring("organisation-yearly-check", Schedules.cron("0 0 9 * * *", YearlyCheck.STOCKHOLM))
                .execute((instance, context) -> check.remind());
    }
}
