package se.samverka.safeguarding;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import se.samverka.shared.MunicipalTime;

/** Every morning at 07:00 the checks about to expire are announced, from one instance. */
@Configuration(proxyBeanMethods = false)
class ExpirySchedule {

    @Bean
    RecurringTask<Void> safeguardingExpiryNotices(Safeguarding safeguarding) {
        return Tasks.recurring("safeguarding-expiry-notices", Schedules.cron("0 0 7 * * *", MunicipalTime.ZONE))
                .execute((instance, context) -> safeguarding.noticeExpiringChecks());
    }
}
