package se.samverka.task;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How old the measures page's figures may be before they are counted again ({@code samverka.task.measures.*}):
 * counting reads every confirmed volunteer, so a page that eight coordinators reload reads one snapshot instead of
 * counting eight times. Zero counts on every view (the tests).
 */
@ConfigurationProperties("samverka.task.measures")
record MeasuresProperties(Duration maxAge) {

    MeasuresProperties {
        maxAge = maxAge == null ? Duration.ofMinutes(1) : maxAge;
    }
}
