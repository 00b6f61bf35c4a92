package se.samverka.retention;

import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code samverka.retention.*}: the rule of every category ({@code rules.<category>.months} and
 * {@code .decision}), when the nightly job runs ({@code cron}, Europe/Stockholm), how many rows it removes per
 * transaction ({@code batch-size}) and how long it rests between two batches ({@code pause}), and how long an
 * inactive volunteer has to answer the question whether they want to stay ({@code stay-grace}).
 */
@ConfigurationProperties("samverka.retention")
public record RetentionProperties(
        Map<String, RetentionRule> rules, String cron, Integer batchSize, Duration pause, Duration stayGrace) {

    public RetentionProperties {
        rules = rules == null ? Map.of() : Map.copyOf(rules);
        cron = cron == null || cron.isBlank() ? "0 30 2 * * *" : cron;
        batchSize = batchSize == null ? 1000 : batchSize;
        if (batchSize < 1 || batchSize > 100_000) {
            throw new IllegalArgumentException("samverka.retention.batch-size must be between 1 and 100000");
        }
        pause = pause == null ? Duration.ofMillis(50) : pause;
        stayGrace = stayGrace == null ? Duration.ofDays(30) : stayGrace;
    }

    /** The rule of a category; a category without one stops the application at startup. */
    public RetentionRule rule(String category) {
        var rule = rules.get(category);
        if (rule == null) {
            throw new IllegalStateException(
                    "No retention rule samverka.retention.rules." + category + ".months/.decision is configured");
        }
        return rule;
    }
}
