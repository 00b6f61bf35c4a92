package se.samverka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.servlet.http.Cookie;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * A database outage, with a real PostgreSQL that the test stops and starts again (an embedded one on a port of
 * its own, {@link EmbeddedTestPostgres}, which keeps its data across the restart): while it is down every request
 * that needs it gets the friendly 503 page with Retry-After within a few seconds, also when it fails in a filter
 * before Spring MVC; the service answers again within 10 s of the database's return; and the outbox delivers the
 * messages committed before the outage exactly once.
 *
 * <p>Its own context on its own database, so it does not use the "test" profile (whose {@link TestDatabase}
 * cleans the shared test database once per run) but the test profile's properties.
 *
 * <p>{@code @DirtiesContext}: its database is stopped after the class, so a cached context would go on polling a
 * database that is gone (Spring Session's cleanup, db-scheduler, the outbox), logging errors into every later test of
 * the same JVM.
 */
@DirtiesContext
@SpringBootTest
@AutoConfigureMockMvc
@TestPropertySource(
        locations = "classpath:application-test.properties",
        properties = {"samverka.web.unavailable-retry-after=7s", "spring.datasource.hikari.connection-timeout=2000"})
class DatabaseOutageTests {

    static final int PORT = Integer.getInteger("samverka.test.outage-db-port", 15491);

    static final int SMTP_PORT = Integer.getInteger("samverka.test.outage-smtp-port", 18093);

    static Path dataDirectory;

    static EmbeddedTestPostgres postgres;

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(new ServerSetup(SMTP_PORT, null, "smtp"));

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) throws IOException {
        dataDirectory = Files.createTempDirectory("samverka-outage-db");
        postgres = EmbeddedTestPostgres.startKeeping(dataDirectory.resolve("data"), PORT, "outage");
        registry.add("spring.datasource.url", () -> postgres.jdbcUrl("outage"));
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.mail.port", () -> SMTP_PORT);
    }

    @AfterAll
    static void stopDatabase() {
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void answersFriendly503DuringOutageRecoversByItselfAndSendsCommittedMailOnce() throws Exception {
        mvc.perform(get("/foreningar"))
                .andExpect(r -> assertThat(r.getResponse().getStatus()).isEqualTo(200));
        var recipients = committedMailsDueInAMoment(5);

        postgres.close();

        // in a controller (the directory reads the database)
        var page = timed(() -> mvc.perform(get("/foreningar")).andReturn());
        assertFriendly503(page.result(), "Tillfälligt fel");
        assertThat(page.took()).isLessThan(Duration.ofSeconds(6));
        // in a filter before Spring MVC: Spring Session loads the session named by the cookie
        var filtered = timed(() -> mvc.perform(
                        get("/").cookie(new Cookie("SESSION", sessionCookieValue()), new Cookie("samverka-lang", "en")))
                .andReturn());
        assertFriendly503(filtered.result(), "Temporary problem");
        assertThat(filtered.took()).isLessThan(Duration.ofSeconds(6));

        System.out.println("DatabaseOutageTests: 503 after " + page.took().toMillis() + " ms (controller), "
                + filtered.took().toMillis() + " ms (session filter)");
        postgres = EmbeddedTestPostgres.startKeeping(dataDirectory.resolve("data"), PORT, "outage");
        var back = Instant.now();
        await().atMost(Duration.ofSeconds(10))
                .pollInterval(Duration.ofMillis(250))
                .until(() -> mvc.perform(get("/foreningar"))
                                .andReturn()
                                .getResponse()
                                .getStatus()
                        == 200);
        System.out.println("DatabaseOutageTests: serving again "
                + Duration.between(back, Instant.now()).toMillis() + " ms after the database was back");

        await().atMost(Duration.ofSeconds(30)).until(() -> received(recipients).size() == recipients.size());
        // and not again: the sender runs every two seconds
        await().during(Duration.ofSeconds(5))
                .atMost(Duration.ofSeconds(7))
                .until(() -> received(recipients).size() == recipients.size());
        assertThat(received(recipients)).containsExactlyInAnyOrderElementsOf(recipients);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM outbox_message WHERE recipient IN (:r) AND status = 'SENT'")
                        .param("r", recipients)
                        .query(Integer.class)
                        .single())
                .isEqualTo(recipients.size());
    }

    private static void assertFriendly503(MvcResult result, String heading) throws Exception {
        var response = result.getResponse();
        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeader("Retry-After")).isEqualTo("7");
        var body = response.getContentAsString(StandardCharsets.UTF_8);
        assertThat(body)
                .contains("<h1>" + heading + "</h1>")
                .doesNotContain("Exception")
                .doesNotContain("at se.");
    }

    /** E-mails committed to the outbox, due two seconds from now: about when the database goes. */
    private List<String> committedMailsDueInAMoment(int count) {
        var recipients = new ArrayList<String>();
        var due = Timestamp.from(Instant.now().plusSeconds(2));
        for (var i = 0; i < count; i++) {
            var recipient = "outage-" + i + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.se";
            jdbc.sql("""
					INSERT INTO outbox_message (id, dedupe_key, channel, recipient, subject, body, status, attempts,
					  next_attempt_at, created_at)
					VALUES (?, ?, 'EMAIL', ?, 'Före avbrottet', 'Hej', 'PENDING', 0, ?, ?)""")
                    .params(UUID.randomUUID(), "outage:" + recipient, recipient, due, Timestamp.from(Instant.now()))
                    .update();
            recipients.add(recipient);
        }
        return recipients;
    }

    /** Every delivery to one of the recipients, once per delivery (a duplicate shows twice). */
    private static List<String> received(List<String> recipients) throws MessagingException {
        var addresses = new ArrayList<String>();
        for (var message : greenMail.getReceivedMessages()) {
            for (var to : message.getRecipients(Message.RecipientType.TO)) {
                if (recipients.contains(to.toString())) {
                    addresses.add(to.toString());
                }
            }
        }
        return addresses;
    }

    private static String sessionCookieValue() {
        return Base64.getEncoder().encodeToString(UUID.randomUUID().toString().getBytes());
    }

    private static <T> Timed<T> timed(ThrowingSupplier<T> action) throws Exception {
        var start = System.nanoTime();
        var result = action.get();
        return new Timed<>(result, Duration.ofNanos(System.nanoTime() - start));
    }

    interface ThrowingSupplier<T> {
        T get() throws Exception;
    }

    record Timed<T>(T result, Duration took) {}
}
