package se.samverka.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import se.samverka.shared.SmsAnswer;

/** The demo runs on H2 in PostgreSQL mode: the outbox's SQL must work there too. */
class OutboxRepositoryOnH2Tests {

    static OutboxRepository repository;

    static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.MILLIS);

    @BeforeAll
    static void migrateInMemoryDatabase() {
        // one connection throughout: H2 2.4.240 fails CHECK constraints created by a connection closed since
        var dataSource = new SingleConnectionDataSource(
                "jdbc:h2:mem:outbox;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH", "sa", "", true);
        Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load()
                .migrate();
        repository = new OutboxRepository(JdbcClient.create(dataSource));
        inbound = new InboundSmsRepository(JdbcClient.create(dataSource));
    }

    static InboundSmsRepository inbound;

    @Test
    void storesAnIncomingSmsOncePerProviderId() {
        var sms = InboundSms.of("h2-" + UUID.randomUUID(), "070-123 45 67", "+46766861001", "Ja!")
                .orElseThrow();
        assertThat(inbound.insertIfNew(UUID.randomUUID(), sms, SmsAnswer.YES, NOW))
                .isTrue();
        assertThat(inbound.insertIfNew(UUID.randomUUID(), sms, SmsAnswer.YES, NOW))
                .isFalse();
    }

    @Test
    void insertsOncePerDedupeKey() {
        var key = "h2:" + UUID.randomUUID();
        assertThat(repository.insertIfNew(UUID.randomUUID(), message(key, "a@example.se"), OutboxStatus.PENDING, NOW))
                .isTrue();
        assertThat(repository.insertIfNew(UUID.randomUUID(), message(key, "a@example.se"), OutboxStatus.PENDING, NOW))
                .isFalse();
    }

    @Test
    void claimsDueMessageOnceAndMarksItSent() {
        var id = UUID.randomUUID();
        repository.insertIfNew(id, message("h2:" + id, "b@example.se"), OutboxStatus.PENDING, NOW);
        assertThat(repository.dueIds(OutgoingMessage.Channel.EMAIL, NOW, 1000)).contains(id);
        assertThat(repository.claim(id, NOW, NOW.plus(Duration.ofMinutes(10)), "test-instance"))
                .isTrue();
        assertThat(repository.claim(id, NOW, NOW.plus(Duration.ofMinutes(10)), "test-instance"))
                .isFalse();
        repository.markSent(id, NOW);
        assertThat(repository.find(id).orElseThrow().status()).isEqualTo(OutboxStatus.SENT);
    }

    @Test
    void releasesExpiredClaimsAndRecordsFailedAttempts() {
        var id = UUID.randomUUID();
        repository.insertIfNew(id, message("h2:" + id, "c@example.se"), OutboxStatus.PENDING, NOW);
        repository.claim(id, NOW, NOW.plusSeconds(1), "test-instance");
        assertThat(repository.releaseExpiredClaims(NOW.plusSeconds(2), "Sending was interrupted"))
                .isEqualTo(1);
        repository.claim(id, NOW.plusSeconds(2), NOW.plus(Duration.ofMinutes(10)), "test-instance");
        repository.markAttemptFailed(id, 2, OutboxStatus.FAILED, "MailSendException", NOW.plusSeconds(5));
        var row = repository.find(id).orElseThrow();
        assertThat(row.status()).isEqualTo(OutboxStatus.FAILED);
        assertThat(row.attempts()).isEqualTo(2);
    }

    @Test
    void searchesRecipientsLiterallyNewestFirst() {
        var id = UUID.randomUUID();
        var recipient = "under_score%" + id.toString().substring(0, 8) + "@example.se";
        repository.insertIfNew(id, message("h2:" + id, recipient), OutboxStatus.HELD, NOW);
        assertThat(repository.search(
                        OutboxStatus.HELD, "UNDER_SCORE%" + id.toString().substring(0, 8), 0, 50))
                .extracting(OutboxEntry::id)
                .containsExactly(id);
        assertThat(repository.count(null, "under-score")).isZero();
        assertThat(repository.count(OutboxStatus.SENT, recipient)).isZero();
    }

    private static OutgoingMessage message(String key, String recipient) {
        return OutgoingMessage.email(key, recipient, "Ämne", "Text");
    }
}
