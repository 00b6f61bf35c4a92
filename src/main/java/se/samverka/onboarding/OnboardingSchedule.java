package se.samverka.onboarding;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import se.samverka.shared.MunicipalTime;

/**
 * Reminders go out once a day (by default at 10:00, Stockholm), from one instance; volunteers written behind the
 * module's back are picked up every few minutes.
 */
@Configuration(proxyBeanMethods = false)
class OnboardingSchedule {

    @Bean
    RecurringTask<Void> onboardingReminders(Onboarding onboarding, OnboardingProperties properties) {
        return Tasks.recurring("onboarding-reminders", Schedules.cron(properties.remindCron(), MunicipalTime.ZONE))
                .execute((instance, context) -> onboarding.remindStuck());
    }

    @Bean
    RecurringTask<Void> onboardingCatchUp(Onboarding onboarding, OnboardingProperties properties) {
        return Tasks.recurring("onboarding-catch-up", Schedules.fixedDelay(properties.catchUpEvery()))
                .execute((instance, context) -> onboarding.catchUp());
    }
}
