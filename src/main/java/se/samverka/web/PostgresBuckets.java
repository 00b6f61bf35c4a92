package se.samverka.web;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import javax.sql.DataSource;

/**
 * Buckets in the table {@code rate_limit_bucket} (V90), so that every instance counts against the same limit.
 * Each take is one short transaction with {@code SELECT ... FOR UPDATE} on the bucket's row. The key is stored
 * hashed: the table never holds an address, username or phone number. A row expires shortly after its bucket
 * has filled up again and the cleanup task ({@link RateLimitCleanup}) deletes expired rows.
 */
class PostgresBuckets implements RateLimitBuckets {

    private static final int BATCH = 1000;

    private final PostgreSQLSelectForUpdateBasedProxyManager<String> proxyManager;

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
        ProxyManager<String> buckets = proxyManager;
        return buckets.builder()
                .build(
                        hash(key + "|" + limit),
                        () -> BucketConfiguration.builder()
                                .addLimit(InMemoryBuckets.bandwidth(limit))
                                .build())
                .tryConsumeAndReturnRemaining(1);
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
