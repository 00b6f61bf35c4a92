package se.samverka.notification;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The outbox's backlog (messages waiting to be sent or being sent) and the age of its oldest unsent message, per
 * channel. One grouped query through the status index, at most once per refresh interval however often
 * Prometheus scrapes. Held messages (no SMS provider, the demo) are not a backlog: nothing will send them.
 */
@Component
class OutboxMetrics implements MeterBinder {

    private record Backlog(long count, double oldestAgeSeconds) {}

    private final JdbcClient jdbc;
    private final long refreshNanos;
    private volatile Map<OutgoingMessage.Channel, Backlog> backlog;
    private volatile long readAt;

    OutboxMetrics(JdbcClient jdbc, @Value("${samverka.metrics.refresh:30s}") Duration refresh) {
        this.jdbc = jdbc;
        this.refreshNanos = refresh.toNanos();
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        for (var channel : OutgoingMessage.Channel.values()) {
            var tag = channel.name().toLowerCase();
            Gauge.builder(
                            "samverka.outbox.backlog",
                            this,
                            metrics -> metrics.backlog(channel).count())
                    .description("Messages waiting to be sent or being sent")
                    .tag("channel", tag)
                    .register(registry);
            Gauge.builder(
                            "samverka.outbox.oldest.unsent.age",
                            this,
                            metrics -> metrics.backlog(channel).oldestAgeSeconds())
                    .description("Age of the oldest message not yet sent")
                    .baseUnit("seconds")
                    .tag("channel", tag)
                    .register(registry);
        }
    }

    private Backlog backlog(OutgoingMessage.Channel channel) {
        return read().getOrDefault(channel, new Backlog(0, 0));
    }

    private synchronized Map<OutgoingMessage.Channel, Backlog> read() {
        if (backlog == null || System.nanoTime() - readAt >= refreshNanos) {
            var now = Instant.now();
            var fresh = new EnumMap<OutgoingMessage.Channel, Backlog>(OutgoingMessage.Channel.class);
            jdbc.sql("""
					SELECT channel, COUNT(*) AS waiting, MIN(created_at) AS oldest FROM outbox_message
					WHERE status IN ('PENDING', 'SENDING') GROUP BY channel""")
                    .query((rs, row) -> fresh.put(
                            OutgoingMessage.Channel.valueOf(rs.getString("channel")),
                            new Backlog(rs.getLong("waiting"), ageSeconds(rs.getTimestamp("oldest"), now))))
                    .list();
            backlog = fresh;
            readAt = System.nanoTime();
        }
        return backlog;
    }

    private static double ageSeconds(Timestamp oldest, Instant now) {
        return oldest == null
                ? 0
                : Math.max(0, Duration.between(oldest.toInstant(), now).toMillis() / 1000.0);
    }
}
