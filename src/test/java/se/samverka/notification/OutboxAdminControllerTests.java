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

    @Test
    void showsAdministratorTheMessagesWithClickableEscapedLinks() throws Exception {
        var recipient = recipient();
        held(recipient, 0, "Din inloggningslänk", """
				Hej <script>alert(1)</script>!
				Logga in: http://localhost:8080/login/ott?token=abc&x=1.
				""");

        var page = page("/admin/utkorg?mottagare=" + recipient);

        var row = page.selectFirst("tbody tr");
        assertThat(row.text())
                .contains(recipient)
                .contains("Din inloggningslänk")
                .contains("Inte skickat (demo, eller sms utan inställd sms-leverantör)");
        assertThat(row.selectFirst("pre").text()).contains("<script>alert(1)</script>");
        assertThat(row.select("pre script")).isEmpty();
        assertThat(row.select("a").eachAttr("href")).containsExactly("http://localhost:8080/login/ott?token=abc&x=1");
        assertThat(page.select("th[scope=col]")).hasSize(6);
    }

    @Test
    void listsNewestFirstFiftyToAPage() throws Exception {
        var recipient = recipient();
        for (var i = 0; i < 51; i++) {
            held(recipient, i, "Meddelande " + i, "Text " + i);
        }

        var first = page("/admin/utkorg?mottagare=" + recipient);
        assertThat(first.select("tbody tr")).hasSize(50);
        assertThat(first.selectFirst("tbody tr details summary").text()).isEqualTo("Meddelande 50");
        assertThat(first.text()).contains("Sida 1 av 2").contains("Antal meddelanden: 51");

        var next = first.selectFirst("a:contains(Nästa sida)").attr("href");
        var second = page(next);
        assertThat(second.select("tbody tr")).hasSize(1);
        assertThat(second.selectFirst("tbody tr details summary").text()).isEqualTo("Meddelande 0");
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
                .contains("Utrop")
                .contains("28 tecken, 1 sms");
    }

    @Test
    void speaksEnglishWhenAsked() throws Exception {
        var english = page("/admin/utkorg?lang=en&mottagare=" + recipient());
        assertThat(english.title()).isEqualTo("Outbox");
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
    private void held(String recipient, int minutes, String subject, String body) {
        var id = UUID.randomUUID();
        repository.insertIfNew(
                id,
                OutgoingMessage.email("test:" + id, recipient, subject, body),
                OutboxStatus.HELD,
                clock.instant().minusSeconds(3600).plusSeconds(60L * minutes));
    }

    private static String recipient() {
        return "admin-test." + UUID.randomUUID().toString().substring(0, 8) + "@example.se";
    }
}
