package se.samverka.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.zip.ZipFile;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import se.samverka.IntegrationTest;
import se.samverka.TestSettings;
import se.samverka.TestVolunteer;
import se.samverka.account.Role;
import se.samverka.account.SamverkaUser;
import se.samverka.district.Districts;
import se.samverka.onboarding.Onboarding;
import se.samverka.onboarding.OnboardingStep;
import se.samverka.safeguarding.Suspensions;

/**
 * The register's bulk messages and invitations (a preview that names who will not get it and why, then sending
 * through the outbox and the contact ledger), the Excel export read back, and a volunteer registered on the phone
 * who confirms by the link in their e-mail.
 */
@IntegrationTest
class MessageTests {

    @RegisterExtension
    static GreenMailExtension greenMail =
            new GreenMailExtension(new ServerSetup(TestSettings.smtpPort(), null, "smtp"));

    static final SamverkaUser COORDINATOR =
            new SamverkaUser(UUID.randomUUID(), "messages@ekero.se", "{noop}x", Role.COORDINATOR, "Sara", true);

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Districts districts;

    @Autowired
    Suspensions suspensions;

    @Autowired
    Onboarding onboarding;

    static RequestPostProcessor as(SamverkaUser user) {
        return authentication(new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
    }

    String newDistrict() {
        return districts.save(
                null, "Meddelandeön " + UUID.randomUUID().toString().substring(0, 8), 657000, 6575000, 900, Set.of());
    }

    /** The page answered; a form sent back with errors answers 400, with the page. */
    Document page(MockHttpServletRequestBuilder request) throws Exception {
        return Jsoup.parse(mvc.perform(request.with(as(COORDINATOR)).with(csrf()))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
    }

    /** Six volunteers: two reachable (one by SMS) and one for each reason not to be. */
    record Cast(
            TestVolunteer.Created byEmail,
            TestVolunteer.Created bySms,
            TestVolunteer.Created paused,
            TestVolunteer.Created suspended,
            TestVolunteer.Created crisisOnly,
            TestVolunteer.Created budgetUsed,
            TestVolunteer.Created unconfirmed) {

        List<String> ids() {
            return List.of(byEmail, bySms, paused, suspended, crisisOnly, budgetUsed, unconfirmed).stream()
                    .map(v -> v.id().toString())
                    .toList();
        }
    }

    Cast cast(String run) {
        var district = newDistrict();
        var byEmail = TestVolunteer.named("Anna Epost " + run).in(district).insert(jdbc);
        var bySms = TestVolunteer.named("Bo Sms " + run)
                .in(district)
                .channel("SMS")
                .phone("+46701112233")
                .insert(jdbc);
        var paused = TestVolunteer.named("Cilla Paus " + run).in(district).insert(jdbc);
        jdbc.sql("UPDATE volunteer SET paused_until = ? WHERE id = ?")
                .params(java.sql.Date.valueOf(LocalDate.now().plusDays(10)), paused.id())
                .update();
        var suspended = TestVolunteer.named("Dan Avstängd " + run).in(district).insert(jdbc);
        suspensions.suspend(suspended.id(), "test", "messages@ekero.se");
        var crisisOnly = TestVolunteer.named("Eva Kris " + run).in(district).insert(jdbc);
        jdbc.sql("UPDATE volunteer SET ask_frequency = 'ONLY_IN_CRISIS' WHERE id = ?")
                .param(crisisOnly.id())
                .update();
        var budgetUsed = TestVolunteer.named("Fia Budget " + run).in(district).insert(jdbc);
        jdbc.sql("""
				INSERT INTO contact_log (id, volunteer_id, happened_at, entry, channel, source, ref_id)
				VALUES (?, ?, ?, 'ASK', 'EMAIL', 'CALLOUT', ?)""")
                .params(
                        UUID.randomUUID(),
                        budgetUsed.id(),
                        Timestamp.from(Instant.now().minus(Duration.ofDays(1))),
                        UUID.randomUUID())
                .update();
        var unconfirmed =
                TestVolunteer.named("Gun Obekräftad " + run).in(district).insert(jdbc);
        jdbc.sql("UPDATE volunteer SET email_confirmed_at = NULL WHERE id = ?")
                .param(unconfirmed.id())
                .update();
        return new Cast(byEmail, bySms, paused, suspended, crisisOnly, budgetUsed, unconfirmed);
    }

    MockHttpServletRequestBuilder message(String path, Cast cast, String messageId) {
        var request = post(path)
                .param("kind", "MESSAGE")
                .param("subject", "Nytt i Färentuna")
                .param("body", "Hej! Vi ses på träffen i kyrkan.")
                .param("back", "/samordning/volontarer?q=x");
        if (messageId != null) {
            request.param("messageId", messageId);
        }
        cast.ids().forEach(id -> request.param("ids", id));
        return request;
    }

    @Test
    void thePreviewNamesWhoWillNotGetItAndWhy() throws Exception {
        var run = UUID.randomUUID().toString().substring(0, 6);
        var cast = cast(run);
        var preview = page(message("/samordning/volontarer/meddelande/forhandsgranska", cast, null));
        assertThat(preview.select("#message-reach").text()).isEqualTo("2 av 7 får det.");
        assertThat(preview.select("#message-recipients li").eachText())
                .containsExactlyInAnyOrder("Anna Epost " + run + " (e-post)", "Bo Sms " + run + " (sms)");
        assertThat(preview.select("#message-excluded li").eachText())
                .containsExactlyInAnyOrder(
                        "Cilla Paus " + run + ": har pausat",
                        "Dan Avstängd " + run + ": avstängd",
                        "Eva Kris " + run + ": vill bara bli kontaktad vid kris",
                        "Fia Budget " + run + ": har redan fått så många förfrågningar som de vill just nu",
                        "Gun Obekräftad " + run + ": har inte bekräftat sin e-postadress");
        assertThat(preview.select("#message-send").text()).isEqualTo("Skicka till 2 volontärer");
    }

    @Test
    void aMissingTextIsAFieldErrorWithTheSelectionKept() throws Exception {
        var cast = cast(UUID.randomUUID().toString().substring(0, 6));
        var request = post("/samordning/volontarer/meddelande/forhandsgranska")
                .param("kind", "INVITATION")
                .param("meetingOn", "2001-01-01")
                .param("meetingAt", "kl sex");
        cast.ids().forEach(id -> request.param("ids", id));
        var page = page(request);
        assertThat(page.select(".error-summary a").eachText())
                .contains(
                        "Dagen har redan varit. Skriv en dag från och med i dag",
                        "Skriv en tid som TT:MM",
                        "Skriv var träffen är");
        assertThat(page.select("input[name=ids]")).hasSize(7);
        assertThat(page.select("input[name=meetingAt]").val()).isEqualTo("kl sex");
    }

    @Test
    void sendsThroughTheOutboxOnceAndCountsAgainstTheBudget() throws Exception {
        var run = UUID.randomUUID().toString().substring(0, 6);
        var cast = cast(run);
        var messageId = UUID.randomUUID().toString();
        mvc.perform(message("/samordning/volontarer/meddelande/skicka", cast, messageId)
                        .with(as(COORDINATOR))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("flashCount", 2))
                .andExpect(flash().attribute("messageNotReached", 5));
        // sent again (a double click, the back button): nothing more
        mvc.perform(message("/samordning/volontarer/meddelande/skicka", cast, messageId)
                        .with(as(COORDINATOR))
                        .with(csrf()))
                .andExpect(flash().attribute("flashCount", 0));

        assertThat(jdbc.sql("SELECT volunteer_id FROM contact_log WHERE ref_id = ? AND entry = 'ASK'"
                                + " AND source = 'MESSAGE'")
                        .param(UUID.fromString(messageId))
                        .query(UUID.class)
                        .list())
                .containsExactlyInAnyOrder(cast.byEmail().id(), cast.bySms().id());
        await().atMost(Duration.ofSeconds(30))
                .until(() -> !mailsTo(cast.byEmail().email()).isEmpty());
        var mail = mailsTo(cast.byEmail().email());
        assertThat(mail).hasSize(1);
        assertThat(mail.get(0).getSubject()).isEqualTo("Nytt i Färentuna");
        assertThat(String.valueOf(mail.get(0).getContent()))
                .contains("Hej Anna Epost " + run + "!")
                .contains("Vi ses på träffen i kyrkan.");
        await().atMost(Duration.ofSeconds(30))
                .until(() -> jdbc.sql("SELECT COUNT(*) FROM outbox_message WHERE dedupe_key = ?")
                                .param("desk-message:" + messageId + ":"
                                        + cast.bySms().id())
                                .query(Integer.class)
                                .single()
                        == 1);

        // the message was an ask: a second one this week finds Anna's budget used
        var again = page(message("/samordning/volontarer/meddelande/forhandsgranska", cast, null));
        assertThat(again.select("#message-excluded li").eachText())
                .contains("Anna Epost " + run + ": har redan fått så många förfrågningar som de vill just nu");
    }

    @Test
    void anInvitationGoesInTheVolunteersLanguage() throws Exception {
        var run = UUID.randomUUID().toString().substring(0, 6);
        var english = TestVolunteer.named("Emma English " + run).locale("en").insert(jdbc);
        var day = LocalDate.now().plusDays(3);
        mvc.perform(post("/samordning/volontarer/meddelande/skicka")
                        .param("kind", "INVITATION")
                        .param("ids", english.id().toString())
                        .param("meetingOn", day.toString())
                        .param("meetingAt", "18:00")
                        .param("place", "Ekerö bibliotek")
                        .param("messageId", UUID.randomUUID().toString())
                        .with(as(COORDINATOR))
                        .with(csrf()))
                .andExpect(flash().attribute("flash", "desk.message.invited"))
                .andExpect(flash().attribute("flashCount", 1));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> !mailsTo(english.email()).isEmpty());
        var mail = mailsTo(english.email()).get(0);
        assertThat(mail.getSubject()).startsWith("Invitation to an onboarding meeting on");
        assertThat(String.valueOf(mail.getContent())).contains("Time: 18:00").contains("Place: Ekerö bibliotek");
    }

    @Test
    void theExcelExportHoldsTheFilteredRowsWithFormulasDefused() throws Exception {
        var run = UUID.randomUUID().toString().substring(0, 6);
        var district = newDistrict();
        TestVolunteer.named("Xena Excel " + run).in(district).insert(jdbc);
        TestVolunteer.named("=HYPERLINK(1) " + run).in(district).insert(jdbc);
        var response = mvc.perform(get("/samordning/volontarer/export.xlsx")
                        .param("district", district)
                        .with(as(COORDINATOR)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse();
        assertThat(response.getContentType()).isEqualTo(XlsxTable.MEDIA_TYPE);
        assertThat(response.getHeader("Content-Disposition")).contains(".xlsx");
        var cells = new StringBuilder();
        var file = java.nio.file.Files.createTempFile("register", ".xlsx");
        try {
            java.nio.file.Files.write(file, response.getContentAsByteArray());
            try (var zip = new ZipFile(file.toFile())) {
                for (var entry : java.util.Collections.list(zip.entries())) {
                    if (entry.getName().startsWith("xl/") && entry.getName().endsWith(".xml")) {
                        cells.append(new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8));
                    }
                }
            }
        } finally {
            java.nio.file.Files.delete(file);
        }
        var xml = Jsoup.parse(cells.toString(), "", org.jsoup.parser.Parser.xmlParser());
        var texts = xml.select("t").eachText();
        assertThat(texts).contains("Namn", "Xena Excel " + run, "'=HYPERLINK(1) " + run);
        assertThat(texts).doesNotContain("=HYPERLINK(1) " + run);
        assertThat(xml.select("f")).as("no formulas at all").isEmpty();
    }

    @Test
    void aVolunteerRegisteredOnThePhoneIsNotAskableUntilTheyConfirm() throws Exception {
        var run = UUID.randomUUID().toString().substring(0, 6);
        var district = newDistrict();
        var email = "telefon." + run + "@example.se";
        var result = mvc.perform(post("/samordning/volontarer/ny")
                        .param("name", "Tore Telefon " + run)
                        .param("email", email)
                        .param("phone", "070-555 12 34")
                        .param("districtIds", district)
                        .param("kinds", "SHOPPING")
                        .param("languages", "sv")
                        .param("contactChannel", "EMAIL")
                        .param("locale", "sv")
                        .with(as(COORDINATOR))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("flash", "desk.phoneSignup.done"))
                .andReturn();
        var location = result.getResponse().getRedirectedUrl();
        var id = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
        assertThat(onboarding.stepOf(id)).isEqualTo(OnboardingStep.CONFIRM_EMAIL);

        // not askable: a message leaves them out
        var preview = page(post("/samordning/volontarer/meddelande/forhandsgranska")
                .param("kind", "MESSAGE")
                .param("subject", "Hej")
                .param("body", "Hej")
                .param("ids", id.toString()));
        assertThat(preview.select("#message-excluded li").eachText())
                .containsExactly("Tore Telefon " + run + ": har inte bekräftat sin e-postadress");

        await().atMost(Duration.ofSeconds(30)).until(() -> !mailsTo(email).isEmpty());
        var body = String.valueOf(mailsTo(email).get(0).getContent());
        var token = body.replaceAll("(?s).*/bli-volontar/bekrafta\\?token=([A-Za-z0-9_%-]+).*", "$1");
        mvc.perform(post("/bli-volontar/bekrafta").param("token", token).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(onboarding.stepOf(id)).isEqualTo(OnboardingStep.PLEDGE);

        // the same address again is a field error, not a second volunteer
        var again = page(post("/samordning/volontarer/ny")
                .param("name", "Tore Igen")
                .param("email", email)
                .param("phone", "0705551234")
                .param("districtIds", district)
                .param("kinds", "SHOPPING")
                .param("languages", "sv")
                .param("contactChannel", "EMAIL"));
        assertThat(again.select("#email-error").text())
                .isEqualTo("Det finns redan en volontär med den e-postadressen. Sök på den i registret");
        assertThat(again.select("input[name=name]").val()).isEqualTo("Tore Igen");
    }

    List<MimeMessage> mailsTo(String address) {
        return Arrays.stream(greenMail.getReceivedMessages())
                .filter(m -> {
                    try {
                        return Arrays.stream(m.getAllRecipients())
                                .anyMatch(r -> r.toString().equals(address));
                    } catch (Exception e) {
                        return false;
                    }
                })
                .toList();
    }
}
