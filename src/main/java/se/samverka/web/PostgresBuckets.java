package se.samverka.web;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.BucketProxy;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.distributed.proxy.BucketNotFoundException;
import io.github.bucket4j.distributed.proxy.optimization.Optimizations;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import javax.sql.DataSource;

/**
 * Buckets in the table {@code rate_limit_bucket} (V90), so that every instance counts against the same limit.
 * Each take is one short transaction with {@code SELECT ... FOR UPDATE} on the bucket's row. The key is stored
 * hashed: the table never holds an address, username or phone number. A row expires shortly after its bucket
 * has filled up again and the cleanup task ({@link RateLimitCleanup}) deletes expired rows.
 *
 * <p>Takes of one key that arrive at the same moment are batched (Bucket4j's batching optimisation): while one
 * thread holds the row, the others queue in memory and the next transaction takes all their tokens at once.
 * Without it, a surge from one address (a municipality's own network, a NAT) serialised every request on the
 * row lock: profiled at 32 concurrent sign-ups, the bucket transactions were the largest wait of a sign-up.
 * Batching needs the same bucket object for the same key, so the most recent {@value #CACHED} are kept.
 */
class PostgresBuckets implements RateLimitBuckets {

    private static final int BATCH = 1000;
    private static final int CACHED = 10_000;

    private final PostgreSQLSelectForUpdateBasedProxyManager<String> proxyManager;

    private final Map<String, BucketProxy> buckets = Collections.synchronizedMap(new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, BucketProxy> eldest) {
            return size() > CACHED;
        }
    });

    PostgresBuckets(DataSource dataSource) {
        this(dataSource, Duration.ofMinutes(1));
    }

    /** {@code keepAfterFull}: how long a row stays once its bucket has filled up again. */
    PostgresBuckets(DataSource dataSource, Duration keepAfterFull) {
        this.proxyManager = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
                .primaryKeyMapper(PrimaryKeyMapper.STRING)
                .table("rate_limit_bucket")
                .idColumn("id")
                .stateColumn("state")
                .expiresAtColumn("expires_at")
                .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(keepAfterFull))
                .build();
    }

    @Override
    public ConsumptionProbe tryConsume(String key, RateLimitProperties.Limit limit) {
        // the limit is part of the key: a changed setting starts new buckets instead of keeping the old size
        var id = hash(key + "|" + limit);
        Supplier<BucketConfiguration> configuration = () -> BucketConfiguration.builder()
                .addLimit(InMemoryBuckets.bandwidth(limit))
                .build();
        var batched = buckets.get(id);
        if (batched == null) {
            // the first take of a key here (most keys, e.g. a new address, are taken once): one plain take, which
            // creates the row when it is missing; a batch would not
            var probe = proxyManager.builder().build(id, configuration).tryConsumeAndReturnRemaining(1);
            buckets.put(
                    id,
                    proxyManager
                            .builder()
                            .withOptimization(Optimizations.batching())
                            .build(id, configuration));
            return probe;
        }
        try {
            return batched.tryConsumeAndReturnRemaining(1);
        } catch (RuntimeException e) {
            if (!missingBucket(e)) {
                throw e;
            }
            // the cleanup removed the row since: a plain take creates it again
            return proxyManager.builder().build(id, configuration).tryConsumeAndReturnRemaining(1);
        }
    }

    private static boolean missingBucket(Throwable e) {
        for (var cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof BucketNotFoundException) {
                return true;
            }
        }
        return false;
    }

    @Override
    public int removeExpired() {
        int total = 0;
        int removed;
        do {
            removed = proxyManager.removeExpired(BATCH);
            total += removed;
        } while (removed == BATCH);
        return total;
    }

    private static String hash(String key) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
