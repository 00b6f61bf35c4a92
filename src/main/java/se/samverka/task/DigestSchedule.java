package se.samverka.task;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import se.samverka.shared.MunicipalTime;

/** The monthly letter goes out at 10:00 on the first day of each month, from one instance. */
@Configuration(proxyBeanMethods = false)
class DigestSchedule {

    @Bean
    RecurringTask<Void> volunteerDigest(Digests digests) {
        return Tasks.recurring("volunteer-digest", Schedules.cron("0 0 10 1 * *", MunicipalTime.ZONE))
                .execute((instance, context) -> digests.sendMonthly());
    }
}
