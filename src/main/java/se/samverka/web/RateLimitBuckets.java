package se.samverka.web;

import io.github.bucket4j.ConsumptionProbe;
import java.util.List;

/**
 * Where the rate limits' token buckets live: in PostgreSQL, shared by every instance, or in memory for the
 * single-instance demo on H2.
 */
interface RateLimitBuckets {

    /** Takes one token from the bucket of this key and limit, and says whether there was one. */
    ConsumptionProbe tryConsume(String key, RateLimitProperties.Limit limit);

    /** Takes one token from each bucket, in the order of the checks (one statement where the store allows it). */
    default List<ConsumptionProbe> tryConsume(List<RateLimiter.Check> checks) {
        return checks.stream().map(c -> tryConsume(c.key(), c.limit())).toList();
    }

    /** Forgets buckets that have filled up again; returns how many. */
    int removeExpired();
}
