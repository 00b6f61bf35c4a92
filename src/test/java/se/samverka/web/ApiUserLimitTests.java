package se.samverka.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The API's limit per person (a staff member's bearer tokens): the per-key limit, counted per person. */
class ApiUserLimitTests {

    private static ApiRateLimitProperties limits(boolean enabled) {
        return new ApiRateLimitProperties(
                enabled,
                new RateLimitProperties.Limit(100, Duration.ofMinutes(1)),
                new RateLimitProperties.Limit(2, Duration.ofMinutes(1)));
    }

    @Test
    void countsOnePersonAgainstTheKeyLimitAndNobodyElse() {
        var limit = new ApiUserLimit(limits(true), new RateLimiter(new InMemoryBuckets(), new SimpleMeterRegistry()));
        assertThat(limit.secondsToWait("staff-account:a")).isZero();
        assertThat(limit.secondsToWait("staff-account:a")).isZero();
        assertThat(limit.secondsToWait("staff-account:a"))
                .as("past the per-key limit")
                .isPositive();
        assertThat(limit.secondsToWait("staff-account:b")).as("another person").isZero();
    }

    @Test
    void countsNothingWhenTheApiLimitIsOff() {
        var limit = new ApiUserLimit(limits(false), new RateLimiter(new InMemoryBuckets(), new SimpleMeterRegistry()));
        for (int i = 0; i < 5; i++) {
            assertThat(limit.secondsToWait("staff-account:a")).isZero();
        }
    }
}
