package se.samverka.web;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How many requests a client may make to the public forms, the staff login and the login-link requests.
 * Counted in PostgreSQL, so that several instances share one limit (in memory on the single-instance demo).
 *
 * @param enabled whether requests are counted at all
 * @param formsPerIp public form posts from one address
 * @param formsPerContact public form posts naming one e-mail address or phone number
 * @param loginsPerIp staff login attempts from one address
 * @param loginsPerUsername staff login attempts for one username
 * @param linksPerIp login-link requests from one address
 * @param linksPerEmail login-link requests for one e-mail address
 */
@ConfigurationProperties("samverka.security.rate-limit")
record RateLimitProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue({"10", "1m"}) Limit formsPerIp,
        @DefaultValue({"5", "1h"}) Limit formsPerContact,
        @DefaultValue({"20", "1m"}) Limit loginsPerIp,
        @DefaultValue({"10", "10m"}) Limit loginsPerUsername,
        @DefaultValue({"10", "1m"}) Limit linksPerIp,
        @DefaultValue({"5", "10m"}) Limit linksPerEmail) {

    /**
     * At most {@code requests} requests per {@code period}; tokens come back gradually over the period.
     *
     * @param requests how many requests
     * @param period in how long a time
     */
    record Limit(int requests, Duration period) {}
}
