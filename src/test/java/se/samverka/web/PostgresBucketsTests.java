package se.samverka.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.github.bucket4j.ConsumptionProbe;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.samverka.IntegrationTest;

/** Rate-limit buckets in PostgreSQL: shared by every holder of the table, hashed keys, and cleaned up. */
@IntegrationTest
class PostgresBucketsTests {

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    RateLimitBuckets configured;

    @Test
    void onPostgresqlTheBucketsAreInTheDatabase() {
        assertThat(configured).isInstanceOf(PostgresBuckets.class);
    }

    @Test
    void twoHoldersOfTheTableCountAgainstOneLimit() {
        var limit = new RateLimitProperties.Limit(3, Duration.ofMinutes(10));
        var key = "login-user:" + UUID.randomUUID() + "@example.se";
        var one = new PostgresBuckets(dataSource);
        var other = new PostgresBuckets(dataSource);
        assertThat(one.tryConsume(key, limit).isConsumed()).isTrue();
        assertThat(other.tryConsume(key, limit).isConsumed()).isTrue();
        assertThat(one.tryConsume(key, limit).isConsumed()).isTrue();
        assertThat(other.tryConsume(key, limit).isConsumed()).isFalse();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM rate_limit_token WHERE id LIKE '%@%'")
                        .query(Long.class)
                        .single())
                .as("keys are stored hashed")
                .isZero();
    }

    @Test
    void takesOfOneKeyAtTheSameMomentFromTwoInstancesKeepTheLimitExactly() throws Exception {
        var limit = new RateLimitProperties.Limit(25, Duration.ofMinutes(10));
        var key = "forms-ip:" + UUID.randomUUID();
        var one = new PostgresBuckets(dataSource);
        var other = new PostgresBuckets(dataSource);
        var start = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(16);
        try {
            var takes = new ArrayList<Future<Boolean>>();
            for (int i = 0; i < 80; i++) {
                var holder = i % 2 == 0 ? one : other;
                takes.add(pool.submit(() -> {
                    start.await();
                    return holder.tryConsume(key, limit).isConsumed();
                }));
            }
            start.countDown();
            int consumed = 0;
            for (var take : takes) {
                consumed += take.get(30, TimeUnit.SECONDS) ? 1 : 0;
            }
            assertThat(consumed)
                    .as("80 takes from two instances against a limit of 25")
                    .isEqualTo(25);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void allTheChecksOfARequestAreTakenTogetherAndARefusalSaysHowLongToWait() {
        var buckets = new PostgresBuckets(dataSource);
        var ip = new RateLimiter.Check(
                "form-ip:" + UUID.randomUUID(), new RateLimitProperties.Limit(10, Duration.ofMinutes(10)));
        var contact = new RateLimiter.Check(
                "form-contact:" + UUID.randomUUID(), new RateLimitProperties.Limit(2, Duration.ofMinutes(10)));
        for (int i = 0; i < 2; i++) {
            assertThat(buckets.tryConsume(List.of(ip, contact))).allMatch(ConsumptionProbe::isConsumed);
        }
        var third = buckets.tryConsume(List.of(ip, contact));
        assertThat(third.get(0).isConsumed()).isTrue();
        assertThat(third.get(0).getRemainingTokens()).isEqualTo(7);
        assertThat(third.get(1).isConsumed())
                .as("the contact's third take within ten minutes")
                .isFalse();
        assertThat(Duration.ofNanos(third.get(1).getNanosToWaitForRefill()))
                .as("one token of two per ten minutes comes back after about five minutes")
                .isBetween(Duration.ofMinutes(4), Duration.ofMinutes(5).plusSeconds(1));
    }

    @Test
    void bucketsThatHaveFilledUpAgainAreRemoved() {
        var buckets = new PostgresBuckets(dataSource, Duration.ZERO);
        var limit = new RateLimitProperties.Limit(1, Duration.ofSeconds(1));
        var before = rows();
        for (int i = 0; i < 5; i++) {
            buckets.tryConsume("form-ip:cleanup-" + UUID.randomUUID(), limit);
        }
        assertThat(rows()).isEqualTo(before + 5);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            buckets.removeExpired();
            assertThat(rows()).isLessThanOrEqualTo(before);
        });
    }

    private long rows() {
        return jdbc.sql("SELECT COUNT(*) FROM rate_limit_token")
                .query(Long.class)
                .single();
    }
}
