package se.samverka.webhook;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code samverka.webhook.*}.
 *
 * @param maxAttempts after this many failed attempts a delivery is marked FAILED
 * @param retryDelay the wait after the first failed attempt; it doubles with every further one, at most six hours
 * @param timeout how long one attempt may take to connect and to answer
 * @param allowHttpLocalhost whether {@code http://localhost} endpoints may be registered (tests and the demo only)
 */
@ConfigurationProperties("samverka.webhook")
record WebhookProperties(
        @DefaultValue("8") int maxAttempts,
        @DefaultValue("30s") Duration retryDelay,
        @DefaultValue("10s") Duration timeout,
        @DefaultValue("false") boolean allowHttpLocalhost) {

    WebhookProperties {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("samverka.webhook.max-attempts must be at least 1");
        }
    }
}
