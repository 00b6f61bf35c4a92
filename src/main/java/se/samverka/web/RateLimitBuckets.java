package se.samverka.web;

import io.github.bucket4j.ConsumptionProbe;

/**
 * Where the rate limits' token buckets live: in PostgreSQL, shared by every instance, or in memory for the
 * single-instance demo on H2.
 */
interface RateLimitBuckets {

    /** Takes one token from the bucket of this key and limit, and says whether there was one. */
    ConsumptionProbe tryConsume(String key, RateLimitProperties.Limit limit);

    /** Forgets buckets that have filled up again; returns how many. */
    int removeExpired();
}
