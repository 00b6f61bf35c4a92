package se.samverka.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import se.samverka.IntegrationTest;
import se.samverka.TestSettings;
import se.samverka.account.LoginLinkRequested;
import se.samverka.shared.HelpKind;
import se.samverka.task.TaskAssigned;
import se.samverka.task.TaskHandedBack;
import se.samverka.volunteer.VolunteerRegistered;
import se.samverka.volunteer.VolunteerSignupRepeated;

/** Events in, e-mails out: through the event registry, the outbox and SMTP (GreenMail). */
@IntegrationTest
class NotificationMailTests {

    static final int SMTP_PORT = TestSettings.smtpPort();

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(new ServerSetup(SMTP_PORT, null, "smtp"));

    static final Duration WAIT = Duration.ofSeconds(30);

    static final LocalDate DATE = LocalDate.of(2031, 6, 3);

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TaskMails taskMails;

    @Test
    void sendsLoginLinkInSwedishAndEnglish() throws Exception {
        var sv = address();
        publish(new LoginLinkRequested(UUID.randomUUID(), sv, "sv", "token-sv-123"));
        var swedish = onlyMailTo(sv);
        assertThat(swedish.getSubject()).isEqualTo("Din inloggningslänk till Samverka");
        assertThat(body(swedish))
                .contains("http://localhost:8080/login/ott?token=token-sv-123")
                .contains("15 minuter");

        var en = address();
        publish(new LoginLinkRequested(UUID.randomUUID(), en, "en", "token-en-456"));
        var english = onlyMailTo(en);
        assertThat(english.getSubject()).isEqualTo("Your login link for Samverka");
        assertThat(body(english))
                .contains("http://localhost:8080/login/ott?token=token-en-456")
                .contains("15 minutes");
        assertThat(english.getFrom()[0].toString()).isEqualTo("samverka@localhost");
    }

    @Test
    void keepsNoLoginTokenInTheDedupeKey() {
        var email = address();
        publish(new LoginLinkRequested(UUID.randomUUID(), email, "sv", "secret-token-789"));
        onlyMailTo(email);
        var key = jdbc.sql("SELECT dedupe_key FROM outbox_message WHERE recipient = ?")
                .param(email)
                .query(String.class)
                .single();
        assertThat(key).startsWith("login-link:").doesNotContain("secret-token-789");
    }

    @Test
    void welcomesNewVolunteerWithConfirmationLink() throws Exception {
        var sv = address();
        publish(new VolunteerRegistered(UUID.randomUUID(), sv, "Anna Andersson", "sv", "confirm-sv"));
        var swedish = onlyMailTo(sv);
        assertThat(swedish.getSubject()).isEqualTo("Välkommen som volontär – bekräfta din e-postadress");
        assertThat(body(swedish))
                .contains("Hej Anna Andersson!")
                .contains("http://localhost:8080/bli-volontar/bekrafta?token=confirm-sv")
                .contains("tydligt behov");

        var en = address();
        publish(new VolunteerRegistered(UUID.randomUUID(), en, "Bo", "en", "confirm-en"));
        var english = onlyMailTo(en);
        assertThat(english.getSubject()).isEqualTo("Welcome as a volunteer – please confirm your e-mail address");
        assertThat(body(english))
                .contains("http://localhost:8080/bli-volontar/bekrafta?token=confirm-en")
                .contains("clear need");
    }

    @Test
    void tellsOwnerOfAddressAboutRepeatedSignup() throws Exception {
        var sv = address();
        publish(new VolunteerSignupRepeated(UUID.randomUUID(), sv, "sv"));
        var swedish = onlyMailTo(sv);
        assertThat(swedish.getSubject()).isEqualTo("Någon försökte anmäla sig med din e-postadress");
        assertThat(body(swedish)).contains("redan ett konto").contains("http://localhost:8080/login\n");

        var en = address();
        publish(new VolunteerSignupRepeated(UUID.randomUUID(), en, "en"));
        var english = onlyMailTo(en);
        assertThat(english.getSubject()).isEqualTo("Someone tried to sign up with your e-mail address");
        assertThat(body(english)).contains("already have an account").contains("http://localhost:8080/login\n");
    }

    @Test
    void tellsVolunteerTheTaskIsTheirs() throws Exception {
        var sv = address();
        publish(taskAssigned(sv, "sv"));
        var swedish = onlyMailTo(sv);
        assertThat(swedish.getSubject()).isEqualTo("Uppdraget är ditt: Apoteksärende, tisdag 3 juni 2031");
        assertThat(body(swedish)).contains("kodordet").contains("http://localhost:8080/mina-sidor\n");

        var en = address();
        publish(taskAssigned(en, "en"));
        var english = onlyMailTo(en);
        assertThat(english.getSubject()).isEqualTo("The task is yours: Pharmacy errand, Tuesday 3 June 2031");
        assertThat(body(english)).contains("code word").contains("http://localhost:8080/mina-sidor\n");
    }

    @Test
    void tellsCoordinatorsInSwedishWhenTaskIsHandedBack() throws Exception {
        var number = ThreadLocalRandom.current().nextLong(100_000, 10_000_000);
        var requestId = UUID.randomUUID();
        publish(new TaskHandedBack(UUID.randomUUID(), requestId, number, "Eva Ek", "Jag är sjuk"));
        var subject = "Ärende #" + number + " har lämnats tillbaka";
        await().atMost(WAIT).until(() -> mailsWithSubject(subject).size() == 1);
        var mail = mailsWithSubject(subject).get(0);
        assertThat(mail.getAllRecipients()[0].toString()).isEqualTo("samordnare@localhost");
        assertThat(body(mail))
                .contains("Eva Ek har lämnat tillbaka ärende #" + number)
                .contains("Anledning: Jag är sjuk")
                .contains("http://localhost:8080/samordning/arenden/" + requestId);
    }

    @Test
    void sameEventTwiceGivesOneRowAndOneMail() {
        var email = address();
        var event = taskAssigned(email, "sv");
        // as if the event registry delivered the event again, after a crash or on restart
        taskMails.on(event);
        taskMails.on(event);
        onlyMailTo(email);
        await().during(Duration.ofSeconds(3))
                .atMost(Duration.ofSeconds(5))
                .until(() -> mailsTo(email).size() == 1 && rowsWithKey("task-assigned:" + event.assignmentId()) == 1);
    }

    @Test
    void retriesWhileMailServerIsDownAndSendsOnceItIsBack() {
        greenMail.stop();
        var email = address();
        var event = taskAssigned(email, "sv");
        publish(event);
        var key = "task-assigned:" + event.assignmentId();
        await().atMost(WAIT)
                .until(() -> jdbc.sql("""
				SELECT COUNT(*) FROM outbox_message
				WHERE dedupe_key = ? AND status = 'PENDING' AND attempts >= 1 AND last_error IS NOT NULL""").param(key).query(Integer.class).single() == 1);

        greenMail.start();
        await().atMost(WAIT).until(() -> "SENT".equals(statusOf(key)));
        await().during(Duration.ofSeconds(3))
                .atMost(Duration.ofSeconds(5))
                .until(() -> mailsTo(email).size() == 1);
        assertThat(statusOf(key)).isEqualTo("SENT");
    }

    private void publish(Object event) {
        transaction.executeWithoutResult(status -> events.publishEvent(event));
    }

    private static String address() {
        return "volontar." + UUID.randomUUID() + "@example.se";
    }

    private static TaskAssigned taskAssigned(String email, String locale) {
        return new TaskAssigned(
                UUID.randomUUID(),
                UUID.randomUUID(),
                1234,
                UUID.randomUUID(),
                email,
                locale,
                HelpKind.PHARMACY,
                "Färentuna",
                DATE,
                LocalTime.of(9, 0),
                LocalTime.of(11, 0));
    }

    private static MimeMessage onlyMailTo(String email) {
        await().atMost(WAIT).until(() -> !mailsTo(email).isEmpty());
        var mails = mailsTo(email);
        assertThat(mails).hasSize(1);
        return mails.get(0);
    }

    private static List<MimeMessage> mailsTo(String email) {
        return Arrays.asList(greenMail.getReceivedMessagesForDomain(email));
    }

    private static List<MimeMessage> mailsWithSubject(String subject) {
        return Arrays.stream(greenMail.getReceivedMessages())
                .filter(m -> {
                    try {
                        return subject.equals(m.getSubject());
                    } catch (MessagingException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toList();
    }

    private static String body(MimeMessage mail) throws Exception {
        return mail.getContent().toString().replace("\r\n", "\n");
    }

    private int rowsWithKey(String key) {
        return jdbc.sql("SELECT COUNT(*) FROM outbox_message WHERE dedupe_key = ?")
                .param(key)
                .query(Integer.class)
                .single();
    }

    private String statusOf(String key) {
        return jdbc.sql("SELECT status FROM outbox_message WHERE dedupe_key = ?")
                .param(key)
                .query(String.class)
                .single();
    }
}
