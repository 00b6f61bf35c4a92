package se.samverka.browser;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.wiremock.spring.ConfigureWireMock;
import org.wiremock.spring.EnableWireMock;
import org.wiremock.spring.InjectWireMock;
import se.samverka.TestVolunteer;
import se.samverka.account.AccountManagement;
import se.samverka.account.Role;
import se.samverka.district.Districts;
import se.samverka.helprequest.Channel;
import se.samverka.helprequest.HelpRequests;
import se.samverka.helprequest.NewHelpRequest;
import se.samverka.helprequest.PaymentMethod;
import se.samverka.helprequest.Recurrence;
import se.samverka.shared.HelpKind;
import se.samverka.shared.PhoneNumber;

/**
 * The call-out journey of the issue in real browsers: a coordinator starts a call-out for a resident's request;
 * one volunteer answers by the e-mailed link (no), another by SMS through the provider's webhook (yes); the need
 * fills, and the third volunteer, asked after the no, is stood down and sees so behind their own link. SMS go to
 * a stand-in 46elks (WireMock). Every page is checked by axe-core.
 */
@EnableWireMock(@ConfigureWireMock(name = "sms", baseUrlProperties = "samverka.notification.sms.url"))
@TestPropertySource(
        properties = {
            "samverka.notification.sms.username=journey",
            "samverka.notification.sms.password=journey-secret",
            "samverka.notification.sms.sender=Samverka",
            "samverka.notification.sms.webhook-secret=" + CalloutJourneyBrowserTests.SECRET
        })
class CalloutJourneyBrowserTests extends BrowserTestSupport {

    static final String SECRET = "resan-hemlis";

    @InjectWireMock("sms")
    WireMockServer provider;

    @Autowired
    MessageSource messages;

    @Autowired
    AccountManagement accounts;

    @Autowired
    Districts districts;

    @Autowired
    HelpRequests helpRequests;

    @Autowired
    JdbcClient jdbc;

    private Locale locale;

    private record Volunteer(UUID id, String name, String email, String phone) {}

    @BeforeEach
    void provider() {
        provider.stubFor(WireMock.post("/a1/sms").willReturn(okJson("{\"id\": \"s-" + UUID.randomUUID() + "\"}")));
    }

    @ParameterizedTest(name = "in {0}")
    @ValueSource(strings = {"sv", "en"})
    void coordinatorCallsOutOneSaysNoByMailOneYesBySmsAndTheThirdIsStoodDown(String language) throws Exception {
        locale = Locale.forLanguageTag(language);
        var query = "en".equals(language) ? "?lang=en" : "";
        var home = districts.save(
                null, "Utskickshamn " + System.nanoTime(), 531000 + Math.random() * 1000, 7201000, 993, Set.of());
        var request = helpRequests.submit(
                new NewHelpRequest(
                        "Ingrid Ensam",
                        PhoneNumber.of("08-560 391 00"),
                        "Hamnvägen 7",
                        home,
                        HelpKind.SHOPPING,
                        "Mjölk, bröd och kaffe",
                        LocalDate.now().plusDays(2),
                        LocalTime.of(10, 0),
                        LocalTime.of(12, 0),
                        Recurrence.ONE_OFF,
                        PaymentMethod.INVOICE,
                        "Lingon",
                        null,
                        null,
                        Channel.PHONE,
                        null,
                        null,
                        null),
                "test");
        // never-asked volunteers are asked in the order of their ids: Anna and Bertil first, Cecilia after a no
        var anna = volunteer(1, "Anna Mejl", home, "EMAIL", language);
        var bertil = volunteer(2, "Bertil Sms", home, "SMS", language);
        var cecilia = volunteer(3, "Cecilia Reserv", home, "EMAIL", language);

        // the coordinator confirms the need and starts a call-out
        var coordinator = newBrowser("coordinator").expectLanguage(language);
        var username = "samordnare-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.createStaffAccount(username, "Hemligt-" + username, Role.COORDINATOR, "Sam Samordnare");
        coordinator.open("/login" + query);
        coordinator.fill("username", username).fill("password", "Hemligt-" + username);
        coordinator.clickToNewPage(By.cssSelector("form[action$='/login'] button[type='submit']"));
        coordinator.open("/samordning/arenden/" + request.id() + "/volontarer");
        coordinator.check(By.cssSelector("#callout-start input[value='SOON']"));
        coordinator.clickToNewPage(By.cssSelector("#callout-start button[type='submit']"));
        assertThat(coordinator.path()).startsWith("/samordning/utskick/");
        var calloutPath = coordinator.path();
        assertThat(coordinator.element(By.id("callout-asks")).getText())
                .contains(anna.name(), bertil.name())
                .doesNotContain(cecilia.name());

        // Anna answers no through the link in her e-mail
        var link = awaitLinkInMail(anna.email(), "/utskick/svar/[A-Za-z0-9_-]+");
        var annasBrowser = newBrowser("anna").expectLanguage(language);
        annasBrowser.open("/" + query);
        annasBrowser.open(link);
        assertThat(annasBrowser.heading()).isEqualTo(t("callout.answer.title"));
        assertThat(annasBrowser.mainText()).doesNotContain("Ingrid").doesNotContain("Hamnvägen");
        annasBrowser.clickToNewPage(By.cssSelector("form[action$='/nej'] button[type='submit']"));
        assertThat(annasBrowser.heading()).isEqualTo(t("callout.answered.DECLINED.title"));

        // the no brings the next volunteer at once
        var ceciliasLink = awaitLinkInMail(cecilia.email(), "/utskick/svar/[A-Za-z0-9_-]+");

        // Bertil got an SMS and answers JA; the provider posts his reply to the webhook
        var ask = awaitSms(bertil.phone(), 1).get(0);
        // the question, then the municipality's signature on the last line
        assertThat(ask.lines().toList().get(0))
                .endsWith("en".equals(language) ? "(Svara JA eller NEJ)." : "Svara JA eller NEJ.");
        assertThat(webhook(bertil.phone(), "Ja, jag kan!")).isEqualTo(200);
        assertThat(awaitSms(bertil.phone(), 2).get(1)).contains("/mina-sidor");

        // the need is filled: the coordinator sees who answered what, and Cecilia was stood down
        coordinator.open(calloutPath);
        assertThat(coordinator.element(By.id("callout-status")).getText()).isEqualTo(t("callout.status.FILLED"));
        var rows = coordinator.driver().findElements(By.cssSelector("#callout-asks tbody tr")).stream()
                .map(r -> r.getText())
                .toList();
        assertThat(rows)
                .anySatisfy(r -> assertThat(r).contains(anna.name(), t("callout.ask.DECLINED")))
                .anySatisfy(r -> assertThat(r).contains(bertil.name(), t("callout.ask.ACCEPTED")))
                .anySatisfy(r -> assertThat(r).contains(cecilia.name(), t("callout.ask.STOOD_DOWN")));
        var filled = "en".equals(language) ? "Thank you – the need is filled" : "Tack – behovet är fyllt";
        await().atMost(MAIL_TIMEOUT)
                .untilAsserted(() -> assertThat(mailsTo(cecilia.email()))
                        .filteredOn(m -> m.contains(filled))
                        .hasSize(1));

        var ceciliasBrowser = newBrowser("cecilia").expectLanguage(language);
        ceciliasBrowser.open("/" + query);
        ceciliasBrowser.open(ceciliasLink);
        assertThat(ceciliasBrowser.heading()).isEqualTo(t("callout.answer.closedTitle"));
        assertThat(ceciliasBrowser.mainText()).contains(t("callout.answer.closed.STOOD_DOWN"));
        assertThat(ceciliasBrowser.driver().findElements(By.cssSelector("form[action$='/ja']")))
                .isEmpty();

        assertThat(jdbc.sql("SELECT volunteer_id FROM assignment WHERE request_id = ? AND status = 'ACTIVE'")
                        .param(request.id())
                        .query(UUID.class)
                        .single())
                .isEqualTo(bertil.id());
        assertThat(mailsTo(anna.email()))
                .as("Anna said no: she gets no stand-down")
                .noneMatch(m -> m.contains(filled));
    }

    private Volunteer volunteer(int order, String name, String district, String channel, String language) {
        var created = TestVolunteer.named(name)
                .in(district)
                .id(new UUID(order, ThreadLocalRandom.current().nextLong()))
                .email("utskick." + UUID.randomUUID().toString().substring(0, 12) + "@example.se")
                .phone("+4670" + ThreadLocalRandom.current().nextInt(2_000_000, 10_000_000))
                .channel(channel)
                .locale(language)
                .insert(jdbc);
        return new Volunteer(created.id(), name, created.email(), created.phone());
    }

    /** Posts an incoming SMS the way the provider does, and returns the HTTP status. */
    private int webhook(String from, String message) throws Exception {
        var form = Map.of("id", "journey-" + UUID.randomUUID(), "from", from, "to", "+46766861001", "message", message)
                .entrySet()
                .stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        var post = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/webhooks/sms?secret=" + SECRET))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
        return HttpClient.newHttpClient()
                .send(post, HttpResponse.BodyHandlers.ofString())
                .statusCode();
    }

    /** The texts the provider got for the number, oldest first, once there are at least {@code count}. */
    private List<String> awaitSms(String phone, int count) {
        await().atMost(Duration.ofSeconds(30)).until(() -> smsTo(phone).size() >= count);
        return smsTo(phone);
    }

    private List<String> smsTo(String phone) {
        return provider.findAll(postRequestedFor(urlEqualTo("/a1/sms")).withFormParam("to", equalTo(phone))).stream()
                .sorted(Comparator.comparing(r -> r.getLoggedDate()))
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

    private String t(String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
