package se.samverka.safeguarding;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.time.ZoneId;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Every morning at 07:00 the checks about to expire are announced, from one instance. */
@Configuration(proxyBeanMethods = false)
class ExpirySchedule {

    @Bean
    RecurringTask<Void> safeguardingExpiryNotices(Safeguarding safeguarding) {
        return Tasks.recurring(
                        "safeguarding-expiry-notices", Schedules.cron("0 0 7 * * *", ZoneId.of("Europe/Stockholm")))
                .execute((instance, context) -> safeguarding.noticeExpiringChecks());
    }
}
