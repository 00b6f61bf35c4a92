package se.samverka.desk;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;
import org.wiremock.spring.ConfigureWireMock;
import org.wiremock.spring.EnableWireMock;
import org.wiremock.spring.InjectWireMock;
import se.samverka.IntegrationTest;
import se.samverka.account.Role;
import se.samverka.account.SamverkaUser;
import se.samverka.district.Districts;
import se.samverka.municipality.MunicipalIdentities;
import se.samverka.onboarding.Onboarding;
import se.samverka.onboarding.OnboardingStep;
import se.samverka.volunteer.VolunteerRegistered;

/**
 * A volunteer registered on the phone who confirms by SMS: the short link leaves once through the outbox to a
 * stand-in 46elks, opens the confirmation page, and confirming makes them askable; a used or wrong link gets the
 * friendly page.
 */
@IntegrationTest
@EnableWireMock(@ConfigureWireMock(name = "sms", baseUrlProperties = "samverka.notification.sms.url"))
@TestPropertySource(
        properties = {
            // the same settings as callout.CalloutSmsTests, so the two share one context
            "samverka.notification.sms.username=api-user",
            "samverka.notification.sms.password=api-secret",
            "samverka.notification.sms.sender=Ekero",
            "samverka.notification.sms.webhook-secret=utskick-hemlis"
        })
class PhoneConfirmationBySmsTests {

    static final SamverkaUser COORDINATOR =
            new SamverkaUser(UUID.randomUUID(), "telefon@ekero.se", "{noop}x", Role.COORDINATOR, "Sara", true);

    private static final Pattern LINK = Pattern.compile("https?://\\S+?(/b/[A-Za-z0-9_-]{20,})");

    @InjectWireMock("sms")
    WireMockServer provider;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Districts districts;

    @Autowired
    Onboarding onboarding;

    @Autowired
    MunicipalIdentities municipality;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    Instant testStart;

    @BeforeEach
    void provider() {
        testStart = Instant.now().minusSeconds(1);
        provider.stubFor(com.github.tomakehurst.wiremock.client.WireMock.post("/a1/sms")
                .willReturn(okJson("{\"id\": \"s-" + UUID.randomUUID() + "\"}")));
    }

    @Test
    void theSmsLinkConfirmsOnceAndMakesTheVolunteerAskable() throws Exception {
        var run = UUID.randomUUID().toString().substring(0, 6);
        var district = newDistrict();
        var phone = uniqueNumber();
        var name = "Tove Telefon " + run;
        var email = "sms." + run + "@example.se";
        // asked by SMS and nothing chosen for the confirmation: it follows the channel
        var id = register(signup(name, email, phone, district, "SMS", null, "en"), "desk.phoneSignup.doneSms");

        var text = awaitSms(phone, 1).get(0);
        assertThat(text)
                .startsWith("Samverka: Hello " + name + "! You are signed up as a volunteer with "
                        + municipality.current().name() + ". Please confirm here: http")
                .doesNotContain("bli-volontar");
        assertThat(text.length()).as("two SMS at most").isLessThanOrEqualTo(306);
        assertThat(welcomeMessages(id)).containsExactly("SMS");
        var matcher = LINK.matcher(text);
        assertThat(matcher.find()).isTrue();
        var path = matcher.group(1);
        var token = path.substring("/b/".length());

        assertThat(onboarding.stepOf(id)).isEqualTo(OnboardingStep.CONFIRM_EMAIL);
        assertThat(preview(id).select("#message-excluded li").eachText())
                .containsExactly(name + ": har inte bekräftat sin e-postadress");

        // the event delivered again sends nothing again
        transactions.executeWithoutResult(
                status -> events.publishEvent(new VolunteerRegistered(id, email, name, "en", token, phone)));
        settle();
        awaitAllSent(phone);
        assertThat(welcomeMessages(id)).hasSize(1);
        assertThat(smsTo(phone)).hasSize(1);

        // opening the link (or a phone's preview of it) confirms nothing: it shows a button
        var page = html(mvc.perform(get(path)).andExpect(status().isOk()).andReturn());
        assertThat(page.select("h1").text()).isEqualTo("Bekräfta att du vill bli volontär");
        assertThat(page.select("form input[name=token]").val()).isEqualTo(token);
        assertThat(page.select("form input[name=via]").val()).isEqualTo("sms");
        assertThat(onboarding.stepOf(id)).isEqualTo(OnboardingStep.CONFIRM_EMAIL);

        mvc.perform(post("/bli-volontar/bekrafta")
                        .param("token", token)
                        .param("via", "sms")
                        .with(csrf()))
                .andExpect(redirectedUrl("/bli-volontar/bekraftad?via=sms"));
        var confirmed = html(mvc.perform(get("/bli-volontar/bekraftad").param("via", "sms"))
                .andExpect(status().isOk())
                .andReturn());
        assertThat(confirmed.select("h1").text()).isEqualTo("Tack! Nu är din anmälan bekräftad");

        assertThat(onboarding.stepOf(id)).isEqualTo(OnboardingStep.PLEDGE);
        var after = preview(id);
        assertThat(after.select("#message-recipients li").eachText()).containsExactly(name + " (sms)");
        assertThat(after.select("#message-excluded li")).isEmpty();

        // used once: the link and the button now get the friendly page
        assertThat(html(mvc.perform(get(path)).andExpect(status().isOk()).andReturn())
                        .select("h1")
                        .text())
                .isEqualTo("Länken fungerar inte");
        assertThat(html(mvc.perform(post("/bli-volontar/bekrafta")
                                        .param("token", token)
                                        .param("via", "sms")
                                        .with(csrf()))
                                .andReturn())
                        .select("h1")
                        .text())
                .isEqualTo("Länken fungerar inte");
    }

    @Test
    void theFormOffersBothWaysAndKeepsTheChoiceWhenAFieldIsWrong() throws Exception {
        var empty = html(mvc.perform(get(PhoneSignupController.PATH).with(as(COORDINATOR)))
                .andExpect(status().isOk())
                .andReturn());
        assertThat(empty.select("#confirmBy-field legend").text()).isEqualTo("Bekräftelse via");
        assertThat(empty.select("input[name=confirmBy]").eachAttr("value")).containsExactly("EMAIL", "SMS");
        assertThat(empty.select("input[name=confirmBy][checked]"))
                .as("unchosen: it follows the channel")
                .isEmpty();

        var failed = html(mvc.perform(signup("", "inte-en-adress", uniqueNumber(), newDistrict(), "EMAIL", "SMS", "sv")
                        .with(as(COORDINATOR))
                        .with(csrf()))
                .andReturn());
        assertThat(failed.select("input[name=confirmBy][checked]").val()).isEqualTo("SMS");
    }

    @Test
    void aWrongLinkGetsTheFriendlyPage() throws Exception {
        var page = html(mvc.perform(get("/b/" + "x".repeat(43)))
                .andExpect(status().isOk())
                .andReturn());
        assertThat(page.select("h1").text()).isEqualTo("Länken fungerar inte");
        assertThat(page.select("form")).isEmpty();
    }

    @Test
    void theChoiceOverridesTheContactChannelBothWays() throws Exception {
        var run = UUID.randomUUID().toString().substring(0, 6);
        var district = newDistrict();
        var smsPhone = uniqueNumber();
        var bySms = register(
                signup("Sixten Sms " + run, "s." + run + "@example.se", smsPhone, district, "EMAIL", "SMS", "sv"),
                "desk.phoneSignup.doneSms");
        var byEmail = register(
                signup("Eja Epost " + run, "e." + run + "@example.se", uniqueNumber(), district, "SMS", "EMAIL", "sv"),
                "desk.phoneSignup.done");

        assertThat(awaitSms(smsPhone, 1).get(0))
                .startsWith("Samverka: Hej Sixten Sms " + run + "! Du är anmäld som volontär hos "
                        + municipality.current().name() + ". Bekräfta din anmälan här: http");
        settle();
        assertThat(welcomeMessages(bySms)).containsExactly("SMS");
        assertThat(welcomeMessages(byEmail)).containsExactly("EMAIL");
    }

    @Test
    void aNameTooLongForTwoSmsIsLeftOut() throws Exception {
        var run = UUID.randomUUID().toString().substring(0, 6);
        var phone = uniqueNumber();
        // "ł" is not in the GSM alphabet: the text goes as UCS-2, 67 characters an SMS
        var name = ("Łucja Długosz-Wiśniewska " + run + " ").repeat(3).strip();
        register(
                signup(name, "l." + run + "@example.se", phone, newDistrict(), "SMS", null, "sv"),
                "desk.phoneSignup.doneSms");

        assertThat(awaitSms(phone, 1).get(0))
                .startsWith("Samverka: Hej! Du är anmäld som volontär hos "
                        + municipality.current().name() + ".")
                .doesNotContain("Łucja")
                .contains("/b/");
    }

    private MockHttpServletRequestBuilder signup(
            String name, String email, String phone, String district, String channel, String confirmBy, String locale) {
        var request = post(PhoneSignupController.PATH)
                .param("name", name)
                .param("email", email)
                .param("phone", "0" + phone.substring(3))
                .param("districtIds", district)
                .param("kinds", "SHOPPING")
                .param("languages", "sv")
                .param("contactChannel", channel)
                .param("locale", locale);
        return confirmBy == null ? request : request.param("confirmBy", confirmBy);
    }

    private UUID register(MockHttpServletRequestBuilder request, String flash) throws Exception {
        var location = mvc.perform(request.with(as(COORDINATOR)).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("flash", flash))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        return UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
    }

    private Document preview(UUID id) throws Exception {
        return html(mvc.perform(post("/samordning/volontarer/meddelande/forhandsgranska")
                        .param("kind", "MESSAGE")
                        .param("subject", "Hej")
                        .param("body", "Hej")
                        .param("ids", id.toString())
                        .with(as(COORDINATOR))
                        .with(csrf()))
                .andReturn());
    }

    private static Document html(org.springframework.test.web.servlet.MvcResult result) throws Exception {
        return Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    private static RequestPostProcessor as(SamverkaUser user) {
        return authentication(new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
    }

    private String newDistrict() {
        return districts.save(
                null, "Telefonön " + UUID.randomUUID().toString().substring(0, 8), 657000, 6575000, 900, Set.of());
    }

    private static String uniqueNumber() {
        return "+4673" + ThreadLocalRandom.current().nextInt(1_000_000, 10_000_000);
    }

    /** The channels of the welcome messages queued for the volunteer. */
    private List<String> welcomeMessages(UUID volunteerId) {
        return jdbc.sql("SELECT channel FROM outbox_message WHERE dedupe_key = ?")
                .param("registered:" + volunteerId)
                .query(String.class)
                .list();
    }

    /** Waits until every event published since the test started has been handled by its listeners. */
    private void settle() {
        await().atMost(Duration.ofSeconds(15))
                .until(() -> jdbc.sql(
                                        "SELECT COUNT(*) FROM event_publication WHERE completion_date IS NULL AND publication_date >= ?")
                                .param(Timestamp.from(testStart))
                                .query(Integer.class)
                                .single()
                        == 0);
    }

    private void awaitAllSent(String phone) {
        await().atMost(Duration.ofSeconds(15))
                .until(() -> jdbc.sql("SELECT COUNT(*) FROM outbox_message WHERE recipient = ? AND status <> 'SENT'")
                                .param(phone)
                                .query(Integer.class)
                                .single()
                        == 0);
    }

    private List<String> awaitSms(String phone, int count) {
        await().atMost(Duration.ofSeconds(15)).until(() -> smsTo(phone).size() >= count);
        return smsTo(phone);
    }

    private List<String> smsTo(String phone) {
        return provider.findAll(postRequestedFor(urlEqualTo("/a1/sms")).withFormParam("to", equalTo(phone))).stream()
                .sorted(java.util.Comparator.comparing(r -> r.getLoggedDate()))
                .map(r -> form(r.getBodyAsString(), "message"))
                .toList();
    }

    private static String form(String body, String name) {
        return Arrays.stream(body.split("&"))
                .map(p -> p.split("=", 2))
                .filter(p -> URLDecoder.decode(p[0], StandardCharsets.UTF_8).equals(name))
                .map(p -> URLDecoder.decode(p[1], StandardCharsets.UTF_8))
                .findFirst()
                .orElseThrow();
    }
}
