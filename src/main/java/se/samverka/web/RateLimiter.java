package se.samverka.web;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import se.samverka.shared.LoginName;

/** Takes a token from each bucket a request counts against, and says how long to wait when one is empty. */
class RateLimiter {

    private final RateLimitBuckets buckets;

    private final MeterRegistry registry;

    RateLimiter(RateLimitBuckets buckets, MeterRegistry registry) {
        this.buckets = buckets;
        this.registry = registry;
    }

    /** Seconds to wait before this request would be allowed, or 0 when it is allowed now. */
    long waitFor(List<Check> checks) {
        long wait = 0;
        var probes = buckets.tryConsume(checks);
        for (int i = 0; i < checks.size(); i++) {
            var check = checks.get(i);
            var probe = probes.get(i);
            if (!probe.isConsumed()) {
                wait = Math.max(wait, Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill()) + 1));
                refused(check.key());
            }
        }
        return wait;
    }

    /** Counted by kind of limit (the part of the key before the colon), never by client. */
    private void refused(String key) {
        Counter.builder("samverka.ratelimit.refused")
                .description("Requests refused by a rate limit")
                .tag("limit", key.substring(0, key.indexOf(':')))
                .register(registry)
                .increment();
    }

    /**
     * The same address, username or number written differently counts as one: an address or username in the form
     * of {@link LoginName} (the form the account lookup uses), a phone number by its digits.
     */
    static Optional<String> contact(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        var name = LoginName.normalise(value);
        if (name.contains("@")) {
            return Optional.of(name);
        }
        var digits = name.replaceAll("[^0-9]", "");
        if (digits.startsWith("46")) {
            digits = digits.substring(2);
        }
        if (digits.startsWith("0")) {
            digits = digits.substring(1);
        }
        return digits.length() >= 5 ? Optional.of("tel:" + digits) : Optional.of(name);
    }

    /** The path of the request inside the application, without a trailing slash. */
    static String path(jakarta.servlet.http.HttpServletRequest request) {
        var path = request.getRequestURI().substring(request.getContextPath().length());
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    record Check(String key, RateLimitProperties.Limit limit) {}
}
