package se.samverka.web;

import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The REST API's limit per person, for callers known only after their credential is checked: a staff member with
 * the identity provider's bearer token. {@link ApiGuard} counts each token before Spring Security like a key; this
 * counts the person across the tokens the provider keeps issuing, with the same limit as one key
 * ({@code samverka.api.rate-limit.per-key}), in the same buckets.
 */
@Component
public class ApiUserLimit {

    private final ApiRateLimitProperties properties;

    private final RateLimiter limiter;

    ApiUserLimit(ApiRateLimitProperties properties, RateLimiter limiter) {
        this.properties = properties;
        this.limiter = limiter;
    }

    /**
     * Takes one request from the person's bucket.
     *
     * @param user who calls, stable across their tokens (an account, never a token or a name)
     * @return seconds to wait before this request would be allowed, or 0 when it is allowed now
     */
    public long secondsToWait(String user) {
        if (!properties.enabled()) {
            return 0;
        }
        return limiter.waitFor(List.of(new RateLimiter.Check("api-user:" + user, properties.perKey())));
    }
}
