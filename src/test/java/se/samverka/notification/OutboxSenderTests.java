package se.samverka.notification;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import se.samverka.IntegrationTest;

/**
 * The sender with stand-in mail servers. Its clock runs days ahead and the test message is due only then, so
 * the application's own recurring sender never touches it.
 */
@IntegrationTest
class OutboxSenderTests {

    static final SmsProperties NO_SMS =
            new SmsProperties(null, null, null, "Samverka", Duration.ofSeconds(1), Duration.ofSeconds(1), null);

    static final Instant LATER = Instant.now().plus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MILLIS);

    @Autowired
    OutboxRepository repository;

    @Autowired
    JdbcClient jdbc;

    @Test
    void sendsUtf8TextMailFromConfiguredAddressAndMarksItSent() throws Exception {
        var id = dueLater("Välkommen åäö", "Hej Åsa!\nhttp://localhost:8080/login");
        var mailServer = new RecordingMailSender();

        sender(mailServer, 20, LATER).sendOne(id);

        assertThat(mailServer.sent).hasSize(1);
        var mail = mailServer.sent.get(0);
        mail.saveChanges();
        assertThat(mail.getSubject()).isEqualTo("Välkommen åäö");
        assertThat(mail.getFrom()[0].toString()).isEqualTo("avsandare@example.se");
        assertThat(mail.getContentType()).containsIgnoringCase("text/plain").containsIgnoringCase("UTF-8");
        var row = repository.find(id).orElseThrow();
        assertThat(row.status()).isEqualTo(OutboxStatus.SENT);
        assertThat(row.sentAt()).isEqualTo(LATER);
    }

    @Test
    void waitsLongerAfterEveryFailureAndGivesUpAfterMaxAttempts() {
        var id = dueLater("Ämne", "Text");
        var down = new RecordingMailSender();
        down.failing = true;

        sender(down, 3, LATER).sendOne(id);
        var first = repository.find(id).orElseThrow();
        assertThat(first.status()).isEqualTo(OutboxStatus.PENDING);
        assertThat(first.attempts()).isEqualTo(1);
        assertThat(first.nextAttemptAt()).isEqualTo(LATER.plusSeconds(1));
        assertThat(first.lastError()).isEqualTo("MailSendException").doesNotContain("@");

        sender(down, 3, LATER).sendOne(id);
        assertThat(repository.find(id).orElseThrow().attempts())
                .as("not due yet")
                .isEqualTo(1);

        var second = LATER.plusSeconds(1);
        sender(down, 3, second).sendOne(id);
        assertThat(repository.find(id).orElseThrow().nextAttemptAt()).isEqualTo(second.plusSeconds(2));

        var third = second.plusSeconds(2);
        sender(down, 3, third).sendOne(id);
        var last = repository.find(id).orElseThrow();
        assertThat(last.status()).isEqualTo(OutboxStatus.FAILED);
        assertThat(last.attempts()).isEqualTo(3);
        assertThat(down.sent).isEmpty();
    }

    @Test
    void marksAMessageSentWhenTheDatabaseIsBackInsteadOfSendingItAgain() {
        var id = dueLater("Före avbrottet", "Text");
        var mailServer = new RecordingMailSender();
        var outage = new AtomicBoolean(true);
        var flaky = new OutboxRepository(jdbc) {
            @Override
            void markSent(UUID message, Instant now) {
                if (outage.get()) {
                    throw new DataAccessResourceFailureException("database gone");
                }
                super.markSent(message, now);
            }
        };
        var sender = new OutboxSender(
                flaky,
                mailServer,
                (to, text) -> {
                    throw new AssertionError("no SMS here");
                },
                properties(20),
                NO_SMS,
                new OutboxInstance("sender-tests"),
                Clock.fixed(LATER, ZoneId.of("Europe/Stockholm")),
                new DeliveryMetrics(new io.micrometer.core.instrument.simple.SimpleMeterRegistry()));

        sender.sendOne(id);
        assertThat(mailServer.sent).hasSize(1);
        assertThat(repository.find(id).orElseThrow().status()).isEqualTo(OutboxStatus.SENDING);
        assertThat(sender.sentNotRecorded()).isEqualTo(1);

        outage.set(false);
        sender.recordSentAfterOutage();
        sender.sendOne(id);

        assertThat(repository.find(id).orElseThrow().status()).isEqualTo(OutboxStatus.SENT);
        assertThat(sender.sentNotRecorded()).isZero();
        assertThat(mailServer.sent).as("sent once").hasSize(1);
    }

    @Test
    void doublesTheRetryDelayUpToAnHour() {
        var base = Duration.ofSeconds(30);
        assertThat(OutboxSender.delay(base, 0)).isEqualTo(Duration.ofSeconds(30));
        assertThat(OutboxSender.delay(base, 1)).isEqualTo(Duration.ofSeconds(60));
        assertThat(OutboxSender.delay(base, 4)).isEqualTo(Duration.ofMinutes(8));
        assertThat(OutboxSender.delay(base, 7)).isEqualTo(Duration.ofHours(1));
        assertThat(OutboxSender.delay(base, 63)).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void describesErrorsByTypeOnly() {
        var error =
                new MailSendException("Invalid address anna@example.se", new IllegalStateException("anna@example.se"));
        assertThat(OutboxSender.describe(error)).isEqualTo("MailSendException < IllegalStateException");
    }

    private UUID dueLater(String subject, String body) {
        var id = UUID.randomUUID();
        repository.insertIfNew(
                id,
                OutgoingMessage.email("test:" + id, "mottagare@example.se", subject, body),
                OutboxStatus.PENDING,
                LATER);
        return id;
    }

    private OutboxSender sender(RecordingMailSender mailSender, int maxAttempts, Instant now) {
        var properties = properties(maxAttempts);
        return new OutboxSender(
                repository,
                mailSender,
                (to, text) -> {
                    throw new AssertionError("no SMS here");
                },
                properties,
                NO_SMS,
                new OutboxInstance("sender-tests"),
                Clock.fixed(now, ZoneId.of("Europe/Stockholm")),
                new DeliveryMetrics(new io.micrometer.core.instrument.simple.SimpleMeterRegistry()));
    }

    private static NotificationProperties properties(int maxAttempts) {
        return new NotificationProperties(
                "http://localhost:8080",
                "avsandare@example.se",
                true,
                Duration.ofSeconds(1),
                "samordnare@localhost",
                maxAttempts,
                Duration.ofMinutes(10),
                "");
    }

    /** A mail server that keeps what it gets, or is down. */
    static class RecordingMailSender extends JavaMailSenderImpl {

        final List<MimeMessage> sent = new ArrayList<>();

        boolean failing;

        @Override
        public void send(MimeMessage message) {
            if (failing) {
                throw new MailSendException("Mail server down for mottagare@example.se");
            }
            sent.add(message);
        }
    }
}
