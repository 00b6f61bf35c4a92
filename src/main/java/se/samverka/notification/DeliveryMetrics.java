package se.samverka.notification;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Counts what the outbox sent and failed to send, per channel, and remembers each channel's last outcome for
 * the SMS health component. Counters are per instance; Prometheus sums them over instances.
 */
@Component
class DeliveryMetrics {

    /** The last attempt on a channel: when, and the error types if it failed (null when it succeeded). */
    record Outcome(Instant at, String error) {}

    private final MeterRegistry registry;
    private final Map<OutgoingMessage.Channel, Outcome> last = new ConcurrentHashMap<>();

    DeliveryMetrics(MeterRegistry registry) {
        this.registry = registry;
        for (var channel : OutgoingMessage.Channel.values()) {
            // registered at start so that a rate over them is 0, not absent, before the first message
            sent(channel, 0);
            failed(channel, false, 0);
            failed(channel, true, 0);
        }
    }

    void sent(OutgoingMessage.Channel channel) {
        sent(channel, 1);
        last.put(channel, new Outcome(Instant.now(), null));
    }

    void failed(OutgoingMessage.Channel channel, boolean gaveUp, String error) {
        failed(channel, gaveUp, 1);
        last.put(channel, new Outcome(Instant.now(), error));
    }

    Outcome lastOutcome(OutgoingMessage.Channel channel) {
        return last.get(channel);
    }

    private void sent(OutgoingMessage.Channel channel, int amount) {
        Counter.builder("samverka.outbox.sent")
                .description("Messages handed to the mail server or SMS provider")
                .tag("channel", channel.name().toLowerCase())
                .register(registry)
                .increment(amount);
    }

    private void failed(OutgoingMessage.Channel channel, boolean gaveUp, int amount) {
        Counter.builder("samverka.outbox.failed")
                .description("Failed send attempts; outcome=given_up when no further attempt follows")
                .tag("channel", channel.name().toLowerCase())
                .tag("outcome", gaveUp ? "given_up" : "retry")
                .register(registry)
                .increment(amount);
    }
}
