package se.samverka.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import se.samverka.IntegrationTest;

/** The outbox table: one row per dedupe key, held in the demo, one claim per message, stuck claims released. */
@IntegrationTest
class OutboxTests {

    @Autowired
    Outbox outbox;

    @Autowired
    OutboxRepository repository;

    @Autowired
    OutboxSender sender;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Autowired
    OutboxRecovery recovery;

    @Autowired
    OutboxInstance instance;

    @Test
    void queuesSameDedupeKeyOnceAndKeepsTheTransactionUsable() {
        var key = "test:" + UUID.randomUUID();
        var results = transaction.execute(status -> {
            var first = outbox.enqueue(OutgoingMessage.sms(key, "+46701234567", "Test", "Hej"));
            var second = outbox.enqueue(OutgoingMessage.sms(key, "+46701234567", "Test", "Hej igen"));
            // on PostgreSQL a failed duplicate insert would make this statement fail too
            var rows = jdbc.sql("SELECT COUNT(*) FROM outbox_message WHERE dedupe_key = ?")
                    .param(key)
                    .query(Integer.class)
                    .single();
            return new Object[] {first, second, rows};
        });
        assertThat(results).containsExactly(true, false, 1);
        assertThat(jdbc.sql("SELECT body FROM outbox_message WHERE dedupe_key = ?")
                        .param(key)
                        .query(String.class)
                        .single())
                .isEqualTo("Hej");
    }

    @Test
    void keepsMessagesUnsentWhenDeliveryIsOff() {
        var demo = new Outbox(
                repository,
                sender,
                new NotificationProperties(
                        "http://localhost:8080",
                        "samverka@localhost",
                        false,
                        Duration.ofSeconds(1),
                        "samordnare@localhost",
                        20,
                        Duration.ofMinutes(10),
                        ""),
                OutboxSenderTests.NO_SMS,
                clock);
        var key = "test:" + UUID.randomUUID();
        transaction.executeWithoutResult(status -> demo.enqueue(OutgoingMessage.email(key, address(), "Ämne", "Text")));
        // the real sender runs every two seconds: a held message must stay held
        await().during(Duration.ofSeconds(4)).atMost(Duration.ofSeconds(6)).until(() -> "HELD".equals(statusOf(key)));
    }

    @Test
    void letsOnlyOneSenderClaimAMessage() {
        var key = "test:" + UUID.randomUUID();
        pendingSms(key);
        var id = idOf(key);
        var now = clock.instant();
        assertThat(repository.claim(id, now, now.plus(Duration.ofMinutes(10)), "test-instance"))
                .isTrue();
        assertThat(repository.claim(id, now, now.plus(Duration.ofMinutes(10)), "test-instance"))
                .isFalse();
        assertThat(statusOf(key)).isEqualTo("SENDING");
    }

    @Test
    void queuesMessageAgainWhenItsSendersLeaseRanOut() {
        var key = "test:" + UUID.randomUUID();
        pendingSms(key);
        var expired = clock.instant().minus(Duration.ofMinutes(1));
        jdbc.sql("UPDATE outbox_message SET status = 'SENDING', next_attempt_at = ? WHERE dedupe_key = ?")
                .params(Timestamp.from(expired), key)
                .update();

        sender.sendDue();

        var row = repository.find(idOf(key)).orElseThrow();
        assertThat(row.status()).isEqualTo(OutboxStatus.PENDING);
        assertThat(row.attempts()).isEqualTo(1);
        assertThat(row.lastError()).isEqualTo("Sending was interrupted");
    }

    @Test
    void leavesMessageWhoseLeaseRunsAlone() {
        var key = "test:" + UUID.randomUUID();
        pendingSms(key);
        var id = idOf(key);
        var now = clock.instant();
        repository.claim(id, now, now.plus(Duration.ofMinutes(10)), "test-instance");

        sender.sendDue();

        assertThat(statusOf(key)).isEqualTo("SENDING");
    }

    @Test
    void restartTakesBackThisInstancesEarlierUnfinishedSendsAtOnceButLeavesOtherClaims() {
        var own = "test:" + UUID.randomUUID();
        var others = "test:" + UUID.randomUUID();
        pendingSms(own);
        pendingSms(others);
        var beforeThisRun = clock.instant().minus(Duration.ofHours(1));
        claimedEarlier(own, instance.id(), beforeThisRun);
        claimedEarlier(others, "another-instance:8080", beforeThisRun);
        var thisRuns = "test:" + UUID.randomUUID();
        pendingSms(thisRuns);
        var now = clock.instant();
        assertThat(repository.claim(idOf(thisRuns), now, now.plus(Duration.ofMinutes(10)), instance.id()))
                .isTrue();

        recovery.reclaimOwnUnfinishedSends();

        var reclaimed = repository.find(idOf(own)).orElseThrow();
        assertThat(reclaimed.status()).isEqualTo(OutboxStatus.PENDING);
        assertThat(reclaimed.nextAttemptAt()).isBeforeOrEqualTo(clock.instant());
        assertThat(reclaimed.lastError()).isEqualTo("Interrupted by a restart");
        assertThat(statusOf(others)).isEqualTo("SENDING");
        assertThat(statusOf(thisRuns))
                .as("claimed by this run, may be sending now")
                .isEqualTo("SENDING");
        assertThat(jdbc.sql("SELECT claimed_by FROM outbox_message WHERE dedupe_key = ?")
                        .param(others)
                        .query(String.class)
                        .single())
                .isEqualTo("another-instance:8080");
    }

    @Test
    void holdsSmsWhenNoProviderIsConfigured() {
        var key = "test:" + UUID.randomUUID();
        outbox.enqueue(OutgoingMessage.sms(key, "+46701234567", "Test", "Hej"));
        assertThat(statusOf(key)).isEqualTo("HELD");
    }

    /**
     * A pending SMS, which the application's own sender leaves alone: the test profile has no SMS provider.
     * (The outbox itself would hold it for that reason.)
     */
    private void pendingSms(String key) {
        repository.insertIfNew(
                UUID.randomUUID(),
                OutgoingMessage.sms(key, "+46701234567", "Test", "Hej"),
                OutboxStatus.PENDING,
                clock.instant());
    }

    private void claimedEarlier(String key, String by, Instant at) {
        jdbc.sql("""
				UPDATE outbox_message SET status = 'SENDING', claimed_by = ?, claimed_at = ?, next_attempt_at = ?
				WHERE dedupe_key = ?""")
                .params(by, Timestamp.from(at), Timestamp.from(clock.instant().plus(Duration.ofMinutes(10))), key)
                .update();
    }

    private UUID idOf(String key) {
        return jdbc.sql("SELECT id FROM outbox_message WHERE dedupe_key = ?")
                .param(key)
                .query(UUID.class)
                .single();
    }

    private String statusOf(String key) {
        return jdbc.sql("SELECT status FROM outbox_message WHERE dedupe_key = ?")
                .param(key)
                .query(String.class)
                .single();
    }

    private static String address() {
        return "utkorg." + UUID.randomUUID() + "@example.se";
    }
}
