package se.samverka.situation;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedule;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The daily situation report at {@code samverka.situation.daily-at} in the municipality's time zone, from one instance
 * (db-scheduler); it makes a report only while a crisis runs, at most one per crisis and day.
 */
@Configuration(proxyBeanMethods = false)
class DailySchedule {

    static Schedule schedule(SituationProperties properties) {
        return Schedules.daily(properties.zone(), properties.dailyAt());
    }

    @Bean
    RecurringTask<Void> situationDailyReport(SituationReports reports, SituationProperties properties, Clock clock) {
        return Tasks.recurring("situation-daily-report", schedule(properties))
                .execute((instance, context) -> reports.daily(clock.instant()));
    }
}
