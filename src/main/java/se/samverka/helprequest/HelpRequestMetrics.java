package se.samverka.helprequest;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Requests still open, by status (one grouped query through the status index, at most once per refresh
 * interval), and the time to fill: from a request's creation to its assignment, as a distribution.
 */
@Component
class HelpRequestMetrics implements MeterBinder {

    private static final List<HelpRequestStatus> OPEN =
            List.of(HelpRequestStatus.NEW, HelpRequestStatus.OPEN, HelpRequestStatus.ASSIGNED);

    private final JdbcClient jdbc;
    private final long refreshNanos;
    private volatile Map<HelpRequestStatus, Long> counts;
    private volatile long readAt;
    private Timer timeToFill;

    HelpRequestMetrics(JdbcClient jdbc, @Value("${samverka.metrics.refresh:30s}") Duration refresh) {
        this.jdbc = jdbc;
        this.refreshNanos = refresh.toNanos();
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        for (var status : OPEN) {
            Gauge.builder(
                            "samverka.helprequests.open",
                            this,
                            metrics -> metrics.read().getOrDefault(status, 0L))
                    .description("Requests not yet closed, by status")
                    .tag("status", status.name().toLowerCase())
                    .register(registry);
        }
        timeToFill = Timer.builder("samverka.helprequest.time.to.fill")
                .description("From a request's creation to a volunteer's assignment")
                .publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofMinutes(1))
                .maximumExpectedValue(Duration.ofDays(14))
                .register(registry);
    }

    /** A request was assigned this long after it came in. */
    void filled(Duration sinceCreated) {
        if (timeToFill != null && !sinceCreated.isNegative()) {
            timeToFill.record(sinceCreated);
        }
    }

    private synchronized Map<HelpRequestStatus, Long> read() {
        if (counts == null || System.nanoTime() - readAt >= refreshNanos) {
            var fresh = new EnumMap<HelpRequestStatus, Long>(HelpRequestStatus.class);
            jdbc.sql(
                            "SELECT status, COUNT(*) AS n FROM help_request WHERE status IN ('NEW', 'OPEN', 'ASSIGNED') GROUP BY status")
                    .query((rs, row) -> fresh.put(HelpRequestStatus.valueOf(rs.getString("status")), rs.getLong("n")))
                    .list();
            counts = fresh;
            readAt = System.nanoTime();
        }
        return counts;
    }
}
