package se.samverka.retention;

import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import se.samverka.shared.MunicipalTime;

/**
 * The nightly run (by default 02:30 Stockholm time) and the run an administrator starts, both db-scheduler tasks
 * so that exactly one instance runs them.
 */
@Configuration(proxyBeanMethods = false)
class RetentionSchedule {

    static final String NOW_TASK = "retention-now";

    @Bean
    RecurringTask<Void> retentionNightly(RetentionJob job, RetentionProperties properties) {
        return Tasks.recurring("retention-nightly", Schedules.cron(properties.cron(), MunicipalTime.ZONE))
                .execute((instance, context) -> job.runAll("system"));
    }

    /** Data: who asked for the run. */
    @Bean
    OneTimeTask<String> retentionNow(RetentionJob job) {
        return Tasks.oneTime(NOW_TASK, String.class).execute((instance, context) -> job.runAll(instance.getData()));
    }
}
