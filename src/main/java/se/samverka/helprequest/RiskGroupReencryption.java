package se.samverka.helprequest;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Key rotation: every 15 minutes, from one instance, risk-group values still under an older key are re-encrypted
 * with the active key, in batches of {@value #BATCH} rows, each batch in its own transaction. Logs counts only.
 */
@Configuration(proxyBeanMethods = false)
class RiskGroupReencryption {

    static final int BATCH = 100;

    /** At most this many batches per run, so one run never holds the scheduler for long. */
    static final int MAX_BATCHES = 50;

    private static final Logger log = LoggerFactory.getLogger(RiskGroupReencryption.class);

    @Bean
    RecurringTask<Void> riskGroupReencryptionTask(RiskGroups riskGroups) {
        return Tasks.recurring("risk-group-reencryption", Schedules.fixedDelay(Duration.ofMinutes(15)))
                .execute((instance, context) -> run(riskGroups));
    }

    static int run(RiskGroups riskGroups) {
        int total = 0;
        for (int i = 0; i < MAX_BATCHES; i++) {
            int changed = riskGroups.reencryptBatch(BATCH);
            total += changed;
            if (changed < BATCH) {
                break;
            }
        }
        if (total > 0) {
            log.info("Re-encrypted {} risk-group values with the active key", total);
        }
        return total;
    }
}
