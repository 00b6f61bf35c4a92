package se.samverka.notification;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The SMS provider as a health component named {@code sms}. It is never called for a health check (each call
 * could cost money): the component shows whether a provider is configured and how this instance's last send
 * went; a failed last send shows as {@link DeliveryHealth#UNREACHABLE}, which never makes the service DOWN.
 */
@Component("smsHealthIndicator")
class SmsHealth implements HealthIndicator {

    private final SmsProperties properties;
    private final DeliveryMetrics metrics;

    SmsHealth(SmsProperties properties, DeliveryMetrics metrics) {
        this.properties = properties;
        this.metrics = metrics;
    }

    @Override
    public Health health() {
        if (!properties.configured()) {
            return Health.unknown()
                    .withDetail("provider", "none: SMS stay in the outbox (Utkorg)")
                    .build();
        }
        var last = metrics.lastOutcome(OutgoingMessage.Channel.SMS);
        if (last == null) {
            return Health.up().withDetail("lastSend", "none since start").build();
        }
        var builder = last.error() == null
                ? Health.up()
                : Health.status(DeliveryHealth.UNREACHABLE).withDetail("error", last.error());
        return builder.withDetail("lastSend", last.at().toString()).build();
    }
}
