package se.samverka.referral;

import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import java.time.Clock;
import java.util.UUID;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Each offer's deadline is a db-scheduler one-off task, {@code referral-deadline} with the referral's id as
 * instance: stored, so a restart loses none, and run by exactly one instance when several run.
 */
@Configuration(proxyBeanMethods = false)
class ReferralSchedule {

    static final String TASK = "referral-deadline";

    @Bean
    OneTimeTask<Void> referralDeadlineTask(ReferralDeadline deadline, Clock clock) {
        return Tasks.oneTime(TASK)
                .execute((instance, context) -> deadline.expire(UUID.fromString(instance.getId()), clock.instant()));
    }
}
