package se.samverka.web;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Deletes rate-limit buckets that have filled up again, so the table does not grow with every client ever seen. */
@Configuration(proxyBeanMethods = false)
class RateLimitCleanup {

    private static final Logger log = LoggerFactory.getLogger(RateLimitCleanup.class);

    @Bean
    RecurringTask<Void> rateLimitCleanupTask(RateLimitBuckets buckets) {
        return Tasks.recurring("rate-limit-cleanup", FixedDelay.ofMinutes(10)).execute((instance, context) -> {
            var removed = buckets.removeExpired();
            if (removed > 0) {
                log.info("Forgot {} rate-limit bucket(s) that had filled up again", removed);
            }
        });
    }
}
