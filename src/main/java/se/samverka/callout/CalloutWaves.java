package se.samverka.callout;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import java.time.Instant;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Plans a call-out's next wave as a db-scheduler one-off task ({@code calloutId:wave}): stored in the
 * database, so it survives restarts, and run by exactly one instance. A wave that finds its call-out filled or
 * stopped does nothing.
 */
@Component
class CalloutWaves {

    /** Absent when db-scheduler is switched off; then waves after the first are sent by widening only. */
    private final ObjectProvider<SchedulerClient> scheduler;

    private final OneTimeTask<String> task;

    CalloutWaves(ObjectProvider<SchedulerClient> scheduler, OneTimeTask<String> calloutWave) {
        this.scheduler = scheduler;
        this.task = calloutWave;
    }

    void plan(UUID calloutId, int wave, Instant at) {
        var client = scheduler.getIfAvailable();
        if (client != null) {
            client.scheduleIfNotExists(task.instance(calloutId + ":" + wave), at);
        }
    }
}
