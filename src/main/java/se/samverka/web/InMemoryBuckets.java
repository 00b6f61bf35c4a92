package se.samverka.web;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Buckets in this instance's memory: for the demo on H2, where there is only one instance. */
class InMemoryBuckets implements RateLimitBuckets {

    /** Above this many remembered clients, those with full buckets are forgotten. */
    private static final int CLEAN_UP_ABOVE = 10_000;

    private record Counter(Bucket bucket, long capacity) {}

    private final Map<String, Counter> buckets = new ConcurrentHashMap<>();

    @Override
    public ConsumptionProbe tryConsume(String key, RateLimitProperties.Limit limit) {
        if (buckets.size() > CLEAN_UP_ABOVE) {
            removeExpired();
        }
        return buckets.computeIfAbsent(key + "|" + limit, k -> new Counter(bucket(limit), limit.requests()))
                .bucket()
                .tryConsumeAndReturnRemaining(1);
    }

    @Override
    public int removeExpired() {
        var before = buckets.size();
        buckets.values().removeIf(counter -> counter.bucket().getAvailableTokens() >= counter.capacity());
        return before - buckets.size();
    }

    static Bucket bucket(RateLimitProperties.Limit limit) {
        return Bucket.builder().addLimit(bandwidth(limit)).build();
    }

    static Bandwidth bandwidth(RateLimitProperties.Limit limit) {
        return Bandwidth.builder()
                .capacity(limit.requests())
                .refillGreedy(limit.requests(), limit.period())
                .build();
    }
}
