package se.samverka.web;

import io.github.bucket4j.ConsumptionProbe;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Token buckets in the table {@code rate_limit_token} (V121), so that every instance counts against the same limit.
 * All the takes of one request are one SQL statement in autocommit: an {@code INSERT ... ON CONFLICT DO UPDATE}
 * per key that refills the bucket greedily for the time since its last take, takes a token when there is one and
 * returns whether it did. The row lock lasts only that statement, so one busy key (a municipality's own network
 * behind one address) does not serialise requests behind a transaction, and a new key costs no extra round trip.
 * Keys go in sorted order, so two requests never lock the same rows in opposite orders. The key is stored hashed:
 * the table never holds an address, username or phone number. A row expires once its bucket is certainly full
 * again and the cleanup task ({@link RateLimitCleanup}) deletes it.
 *
 * <p>Until 7 December 2026 this was Bucket4j's PostgreSQL proxy manager: profiled at 8 concurrent sign-ups, its
 * transactions (five round trips for a key seen for the first time, which every new e-mail address and phone number
 * is) were the largest wait of a sign-up. ADR 0013.
 */
class PostgresBuckets implements RateLimitBuckets {

    private static final int BATCH = 1000;

    /**
     * The bucket after the take: {@code tokens} refilled at {@code per_ms} tokens a millisecond up to {@code capacity},
     * less one when at least one was there ({@code took}).
     */
    private static final String UPSERT_HEAD =
            "INSERT INTO rate_limit_token AS t (id, capacity, per_ms, tokens, refilled_at, took, expires_at) VALUES ";

    private static final String REFILLED =
            "LEAST(t.capacity, t.tokens + GREATEST(0, EXCLUDED.refilled_at - t.refilled_at) * t.per_ms)";

    private static final String UPSERT_TAIL = " ON CONFLICT (id) DO UPDATE SET"
            + " tokens = " + REFILLED + " - CASE WHEN " + REFILLED + " >= 1 THEN 1 ELSE 0 END,"
            + " took = " + REFILLED + " >= 1,"
            + " refilled_at = GREATEST(t.refilled_at, EXCLUDED.refilled_at),"
            + " expires_at = EXCLUDED.expires_at"
            + " RETURNING id, took, tokens, per_ms";

    private final JdbcClient jdbc;
    private final Duration keepAfterFull;
    private final Clock clock;

    PostgresBuckets(DataSource dataSource) {
        this(dataSource, Duration.ofMinutes(1), Clock.systemUTC());
    }

    /** {@code keepAfterFull}: how long a row stays once its bucket has certainly filled up again. */
    PostgresBuckets(DataSource dataSource, Duration keepAfterFull) {
        this(dataSource, keepAfterFull, Clock.systemUTC());
    }

    PostgresBuckets(DataSource dataSource, Duration keepAfterFull, Clock clock) {
        this.jdbc = JdbcClient.create(dataSource);
        this.keepAfterFull = keepAfterFull;
        this.clock = clock;
    }

    @Override
    public ConsumptionProbe tryConsume(String key, RateLimitProperties.Limit limit) {
        return tryConsume(List.of(new RateLimiter.Check(key, limit))).get(0);
    }

    @Override
    public List<ConsumptionProbe> tryConsume(List<RateLimiter.Check> checks) {
        if (checks.isEmpty()) {
            return List.of();
        }
        // the limit is part of the key: a changed setting starts new buckets instead of keeping the old size
        var ids = new ArrayList<String>(checks.size());
        var byId = new TreeMap<String, RateLimitProperties.Limit>();
        for (var check : checks) {
            var id = hash(check.key() + "|" + check.limit());
            ids.add(id);
            byId.put(id, check.limit());
        }
        var now = clock.millis();
        var sql = new StringBuilder(UPSERT_HEAD);
        var params = new ArrayList<Object>();
        for (var entry : byId.entrySet()) {
            var limit = entry.getValue();
            long periodMs = Math.max(1, limit.period().toMillis());
            sql.append(params.isEmpty() ? "" : ", ").append("(?, ?, ?, ?, ?, TRUE, ?)");
            params.add(entry.getKey());
            params.add((double) limit.requests());
            params.add((double) limit.requests() / periodMs);
            params.add((double) limit.requests() - 1);
            params.add(now);
            // a bucket left alone for one period is full again
            params.add(now + periodMs + keepAfterFull.toMillis());
        }
        sql.append(UPSERT_TAIL);
        Map<String, ConsumptionProbe> probes = new HashMap<>();
        jdbc.sql(sql.toString()).params(params).query(rs -> {
            var tokens = rs.getDouble("tokens");
            var perMs = rs.getDouble("per_ms");
            probes.put(
                    rs.getString("id"),
                    rs.getBoolean("took")
                            ? ConsumptionProbe.consumed((long) Math.floor(tokens), 0)
                            : ConsumptionProbe.rejected(0, (long) Math.ceil((1 - tokens) / perMs * 1_000_000), 0));
        });
        return ids.stream().map(probes::get).toList();
    }

    @Override
    public int removeExpired() {
        int total = 0;
        int removed;
        do {
            removed = jdbc.sql("""
					DELETE FROM rate_limit_token WHERE id IN (
					  SELECT id FROM rate_limit_token WHERE expires_at < ? LIMIT ?)""").params(clock.millis(), BATCH).update();
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
