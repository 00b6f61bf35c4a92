package se.samverka.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How many requests the REST API takes from one client: per API key when the request carries one, else per client
 * address. Counted in the same buckets as the forms' limits (PostgreSQL, shared by every instance).
 *
 * @param enabled whether API requests are counted at all
 * @param perClient requests without a key from one address
 * @param perKey requests with one key (whatever address they come from)
 */
@ConfigurationProperties("samverka.api.rate-limit")
record ApiRateLimitProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue({"120", "1m"}) RateLimitProperties.Limit perClient,
        @DefaultValue({"600", "1m"}) RateLimitProperties.Limit perKey) {}
