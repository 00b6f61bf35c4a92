package se.samverka.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import se.samverka.IntegrationTest;
import se.samverka.shared.PhoneNumber;

@IntegrationTest
class OutboxAdminControllerTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    OutboxRepository repository;

    @Autowired
    Clock clock;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Test
    void listsTheMessagesWithoutTheirTextAndShowsEachOnItsOwnAuditedPageWithTheLinksMasked() throws Exception {
        var recipient = recipient();
        var id = held(recipient, 0, "Din inloggningslänk", """
				Hej <script>alert(1)</script>!
				Logga in: http://localhost:8080/login/ott?token=abc&x=1.
				Svara: http://localhost:8080/erbjudande/Qm9vdHN0cmFwLXRva2VuLXRoYXQtaXMtbG9uZw
				""");

        var page = page("/admin/utkorg?mottagare=" + recipient);

        var row = page.selectFirst("tbody tr");
        assertThat(row.text())
                .contains(recipient)
                .contains("Din inloggningslänk")
                .contains("Inte skickat (demo, eller sms utan inställd sms-leverantör)")
                .doesNotContain("Logga in");
        assertThat(page.select("th[scope=col]")).hasSize(6);
        var link = row.selectFirst("a").attr("href");
        assertThat(link).isEqualTo("/admin/utkorg/" + id);

        // the review: an administrator could read any volunteer's login link here and become that volunteer
        var message = page(link);
        var body = message.selectFirst("pre").text();
        assertThat(body)
                .contains("<script>alert(1)</script>")
                .contains("/login/ott?token=" + OutboxEntry.HIDDEN + "&x=" + OutboxEntry.HIDDEN)
                .contains("/erbjudande/" + OutboxEntry.HIDDEN)
                .doesNotContain("token=abc")
                .doesNotContain("Qm9vdHN0cmFw");
        assertThat(message.select("pre script")).isEmpty();
        assertThat(message.select("main a").eachAttr("href")).containsExactly("/admin/utkorg");
        assertThat(message.text()).contains("Länkarnas koder är dolda");
        // every view is audited, naming the message's recipient by the message
        assertThat(jdbc.sql(
                                "SELECT COUNT(*) FROM audit_log WHERE action = 'VIEW' AND subject_kind = 'MESSAGE_RECIPIENT'"
                                        + " AND subject_id = ? AND actor = 'admin' AND purpose = 'outbox.reading'")
                        .param(id)
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
        page(link);
        assertThat(jdbc.sql(
                                "SELECT COUNT(*) FROM audit_log WHERE subject_kind = 'MESSAGE_RECIPIENT' AND subject_id = ?")
                        .param(id)
                        .query(Integer.class)
                        .single())
                .isEqualTo(2);
    }

    @Test
    void anUnknownMessageIsNotFound() throws Exception {
        mvc.perform(get("/admin/utkorg/" + UUID.randomUUID()).with(user("admin").roles("ADMIN", "COORDINATOR")))
                .andExpect(status().isNotFound());
    }

    @Test
    void listsNewestFirstFiftyToAPage() throws Exception {
        var recipient = recipient();
        for (var i = 0; i < 51; i++) {
            held(recipient, i, "Meddelande " + i, "Text " + i);
        }

        var first = page("/admin/utkorg?mottagare=" + recipient);
        assertThat(first.select("tbody tr")).hasSize(50);
        assertThat(first.selectFirst("tbody tr td a").text()).isEqualTo("Meddelande 50");
        assertThat(first.text()).contains("Sida 1 av 2").contains("Antal meddelanden: 51");

        var next = first.selectFirst("a:contains(Nästa sida)").attr("href");
        var second = page(next);
        assertThat(second.select("tbody tr")).hasSize(1);
        assertThat(second.selectFirst("tbody tr td a").text()).isEqualTo("Meddelande 0");
    }

    @Test
    void filtersByStatusAndShowsEmptyState() throws Exception {
        var recipient = recipient();
        held(recipient, 0, "Ämne", "Text");

        assertThat(page("/admin/utkorg?status=HELD&mottagare=" + recipient).select("tbody tr"))
                .hasSize(1);
        var none = page("/admin/utkorg?status=SENT&mottagare=" + recipient);
        assertThat(none.select("table")).isEmpty();
        assertThat(none.text()).contains("Inga meddelanden passar sökningen.");
        assertThat(none.selectFirst("option[selected]").attr("value")).isEqualTo("SENT");
    }

    @Test
    void showsSmsWithTheNumberAsPeopleWriteItAndFindsItByThatNumber() throws Exception {
        var number = HttpSmsGatewayTests.uniqueNumber();
        var national = PhoneNumber.of(number).display();
        var id = UUID.randomUUID();
        repository.insertIfNew(
                id,
                OutgoingMessage.sms("test:" + id, number, "Utrop", "Kan du hjälpa till? Svara JA"),
                OutboxStatus.HELD,
                clock.instant());

        var page = page("/admin/utkorg?mottagare=" + national);

        var row = page.selectFirst("tbody tr");
        assertThat(row).as("found by %s", national).isNotNull();
        assertThat(row.text())
                .contains("Sms")
                .contains(national)
                .doesNotContain(number)
                .contains("Utrop");
        assertThat(page(row.selectFirst("td a").attr("href")).text()).contains("28 tecken, 1 sms");
    }

    @Test
    void speaksEnglishWhenAsked() throws Exception {
        var english = page("/admin/utkorg?lang=en&mottagare=" + recipient());
        assertThat(english.title()).isEqualTo("Outbox – Samverka");
        assertThat(english.text()).contains("No messages match your search.");
    }

    @Test
    void isForbiddenForCoordinators() throws Exception {
        mvc.perform(get("/admin/utkorg").with(user("samordnare").roles("COORDINATOR")))
                .andExpect(status().isForbidden());
    }

    @Test
    void sendsAnonymousVisitorsToLogin() throws Exception {
        mvc.perform(get("/admin/utkorg")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
    }

    private Document page(String url) throws Exception {
        var html = mvc.perform(get(url).with(user("admin").roles("ADMIN", "COORDINATOR")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return Jsoup.parse(html);
    }

    /** A held message, {@code minutes} after the others, so the order is known. */
    private UUID held(String recipient, int minutes, String subject, String body) {
        var id = UUID.randomUUID();
        repository.insertIfNew(
                id,
                OutgoingMessage.email("test:" + id, recipient, subject, body),
                OutboxStatus.HELD,
                clock.instant().minusSeconds(3600).plusSeconds(60L * minutes));
        return id;
    }

    private static String recipient() {
        return "admin-test." + UUID.randomUUID().toString().substring(0, 8) + "@example.se";
    }
}
