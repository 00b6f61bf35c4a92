package se.samverka.operations;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * How late db-scheduler is: the age of the oldest execution that is due and not yet picked by any instance
 * (0 when nothing waits). db-scheduler's own Micrometer statistics count runs and failures; this shows a
 * stalled or overloaded scheduler. Read through the execution-time index, at most once per refresh interval.
 */
@Component
class SchedulerLag implements MeterBinder {

    private final JdbcClient jdbc;
    private final long refreshNanos;
    private volatile double lagSeconds;
    private volatile long readAt;
    private volatile boolean read;

    SchedulerLag(JdbcClient jdbc, @Value("${samverka.metrics.refresh:30s}") Duration refresh) {
        this.jdbc = jdbc;
        this.refreshNanos = refresh.toNanos();
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("samverka.scheduler.lag", this, SchedulerLag::lagSeconds)
                .description("Age of the oldest due, unpicked db-scheduler execution")
                .baseUnit("seconds")
                .register(registry);
    }

    synchronized double lagSeconds() {
        if (!read || System.nanoTime() - readAt >= refreshNanos) {
            var now = Instant.now();
            var oldest = jdbc.sql(
                            "SELECT MIN(execution_time) FROM scheduled_tasks WHERE picked = FALSE AND execution_time <= ?")
                    .param(Timestamp.from(now))
                    .query(Timestamp.class)
                    .optional();
            lagSeconds = oldest.map(t ->
                            Math.max(0, Duration.between(t.toInstant(), now).toMillis() / 1000.0))
                    .orElse(0.0);
            readAt = System.nanoTime();
            read = true;
        }
        return lagSeconds;
    }
}
