package se.samverka.callout;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Call-outs still asking people: counted through the status index, at most once per refresh interval. */
@Component
class CalloutMetrics implements MeterBinder {

    private final JdbcClient jdbc;
    private final long refreshNanos;
    private volatile long running;
    private volatile long readAt;
    private volatile boolean read;

    CalloutMetrics(JdbcClient jdbc, @Value("${samverka.metrics.refresh:30s}") Duration refresh) {
        this.jdbc = jdbc;
        this.refreshNanos = refresh.toNanos();
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("samverka.callouts.running", this, CalloutMetrics::running)
                .description("Call-outs still asking volunteers")
                .register(registry);
    }

    private synchronized double running() {
        if (!read || System.nanoTime() - readAt >= refreshNanos) {
            running = jdbc.sql("SELECT COUNT(*) FROM callout WHERE status = 'ACTIVE'")
                    .query(Long.class)
                    .single();
            readAt = System.nanoTime();
            read = true;
        }
        return running;
    }
}
