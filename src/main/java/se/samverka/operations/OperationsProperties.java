package se.samverka.operations;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings under {@code samverka.operations.*}.
 *
 * @param metricsToken the bearer token a scraper sends to read {@code /actuator/prometheus}
 *        ({@code SAMVERKA_METRICS_TOKEN}); without one only logged-in administrators can read it
 */
@ConfigurationProperties("samverka.operations")
record OperationsProperties(String metricsToken) {

    OperationsProperties {
        metricsToken = metricsToken == null || metricsToken.isBlank() ? null : metricsToken.strip();
    }
}
