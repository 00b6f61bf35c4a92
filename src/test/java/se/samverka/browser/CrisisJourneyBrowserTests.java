package se.samverka.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.samverka.TestSettings;
import se.samverka.account.AccountManagement;
import se.samverka.account.Role;
import se.samverka.crisis.Crises;
import se.samverka.district.Districts;
import se.samverka.effort.Efforts;
import se.samverka.resourcegroup.ResourceGroups;

/**
 * Issue 17's whole crisis journey in both languages, in real browsers: the crisis lead (a coordinator, the role the
 * test settings make crisis leads) starts a crisis; the public sees the banner and the crisis' kinds of help first on
 * the help form; a spontaneous volunteer signs up on a 375 px phone; the lead calls out the resource group and the
 * member's SMS "JA" (the provider's webhook) shows on the roll; the member checks in at a safety point by its poster's
 * link on their phone; the lead makes the situation report; and ends the crisis: the banner goes, thanks go out.
 * Every page is checked by axe-core, the Nu HTML checker and at 320 px ({@link Browser}); the phone steps also at
 * 375 px. The data the journey finds in place is written directly ({@link CrisisJourneyData}).
 */
class CrisisJourneyBrowserTests extends BrowserTestSupport {

    private static final int PHONE = 375;

    @Autowired
    AccountManagement accounts;

    @Autowired
    Crises crises;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Districts districts;

    @Autowired
    ResourceGroups groups;

    @Autowired
    Efforts efforts;

    /** The application's clock: the shift at the safety point is on the municipality's today. */
    @Autowired
    Clock clock;

    private Locale locale;
    private String query;

    @BeforeEach
    @AfterEach
    void noCrisisRunning() {
        crises.current().ifPresent(c -> crises.end(c.id(), "test", Instant.now()));
    }

    @ParameterizedTest(name = "in {0}")
    @ValueSource(strings = {"sv", "en"})
    void aCrisisFromStartToEnd(String language) throws Exception {
        locale = Locale.forLanguageTag(language);
        query = "en".equals(language) ? "?lang=en" : "";
        var data = CrisisJourneyData.prepare(language, jdbc, districts, groups, efforts, clock);
        var lead = leadSignsIn(language);

        var name = startCrisis(lead);
        var crisisId = crises.current().orElseThrow().id();
        var visitor = newBrowser("visitor").expectLanguage(language);
        bannerAndCrisisKindsForThePublic(visitor, name);
        var surgePhone = surgeSignUpOnAPhone(visitor);
        lead.open("/samordning/spontanfrivilliga");
        assertThat(lead.mainText()).contains("Sam Spontan", t("crisis.list.unvetted"));

        groupCalloutAnsweredBySms(lead, data);
        checkInAtTheSafetyPointByThePoster(lead, data, language);
        situationReport(lead, data, name);

        // one step to end it, after a confirmation
        lead.open("/admin/kris");
        lead.clickToNewPage(By.id("crisis-end"));
        assertThat(lead.heading()).isEqualTo(t("crisis.end.heading", name));
        lead.clickToNewPage(By.id("crisis-end-confirm"));
        assertThat(lead.flash()).isEqualTo(t("crisis.ended"));
        visitor.open("/" + query);
        assertThat(visitor.driver().findElements(By.id("crisis-banner"))).isEmpty();
        visitor.open("/be-om-hjalp");
        assertThat(visitor.driver().findElements(By.cssSelector("#kind-field input[value='WATER']")))
                .as("a crisis-only kind of help after the crisis")
                .isEmpty();

        // thanks: by e-mail to the member asked during the crisis, by SMS to the spontaneous volunteer
        var thanks = t("notification.mail.thanked.subject", name);
        await().atMost(MAIL_TIMEOUT)
                .untilAsserted(() -> assertThat(mailsTo(data.member().email())).anyMatch(m -> m.contains(thanks)));
        assertThat(jdbc.sql("SELECT recipient FROM outbox_message WHERE dedupe_key LIKE ?")
                        .param("crisis-thanks:" + crisisId + ":%")
                        .query(String.class)
                        .list())
                .singleElement()
                .satisfies(to -> assertThat(to).endsWith(surgePhone.substring(1)));
    }

    private Browser leadSignsIn(String language) {
        var username = "krisledare-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.createStaffAccount(username, "Hemligt-" + username, Role.COORDINATOR, "Krista Krisledare");
        var lead = newBrowser("crisis lead").expectLanguage(language);
        lead.open("/login" + query);
        lead.fill("username", username).fill("password", "Hemligt-" + username);
        lead.clickToNewPage(By.cssSelector("form[action$='/login'] button[type='submit']"));
        return lead;
    }

    /** One form, with today's time, a day's length and the municipality's number filled in; then the posters. */
    private String startCrisis(Browser lead) {
        lead.open("/admin/kris");
        assertThat(lead.heading()).isEqualTo(t("crisis.admin.heading"));
        var name = "Storm " + UUID.randomUUID().toString().substring(0, 5);
        lead.fill("name", name)
                .select("kind", "STORM")
                .fill("publicMessage", "Stay indoors. " + name)
                .fill("phone", "08-124 571 00");
        lead.clickToNewPage(By.id("crisis-start"));
        assertThat(lead.flash()).isEqualTo(t("crisis.started"));
        assertThat(lead.element(By.id("crisis-running")).getText()).contains(name);
        lead.open("/samordning/kris/affischer?district=adelso");
        assertThat(lead.heading()).isEqualTo(t("crisis.posters.heading"));
        assertThat(lead.driver().findElements(By.cssSelector("section.poster svg.qr")))
                .hasSize(2);
        return name;
    }

    private void bannerAndCrisisKindsForThePublic(Browser visitor, String name) {
        visitor.open("/" + query);
        assertThat(visitor.element(By.id("crisis-banner")).getText())
                .contains(name, "Stay indoors. " + name, "08-124 571 00");
        visitor.open("/be-om-hjalp");
        assertThat(visitor.element(By.id("crisis-banner")).getText()).contains(name);
        var kinds = visitor.driver().findElements(By.cssSelector("#kind-field input[type='radio']")).stream()
                .map(e -> e.getDomAttribute("value"))
                .toList();
        assertThat(kinds).as("the kinds of help on the form").startsWith("WATER", "WARMTH");
    }

    /** A wrong number first, then the sign-up; returns the mobile number signed up with. */
    private String surgeSignUpOnAPhone(Browser visitor) {
        var driver = visitor.driver();
        SmallScreen.atWidth(driver, PHONE);
        try {
            visitor.open("/kris/anmal" + query);
            assertThat(visitor.heading()).isEqualTo(t("crisis.surge.heading"));
            fitsThePhone(visitor);
            visitor.fill("name", "Sam Spontan").fill("phone", "08-123 456 78");
            visitor.check(By.cssSelector("#districts-field input[type='checkbox']"))
                    .check(By.cssSelector("#skills-field input[type='checkbox']"))
                    .check(By.cssSelector("#consent-field input[type='checkbox']"));
            visitor.clickToNewPage(By.id("surge-submit"));
            assertThat(visitor.element(By.id("error-summary")).getText()).contains(t("crisis.surge.phone.notMobile"));
            fitsThePhone(visitor);
            var mobile = "070" + (1000000 + (int) (Math.random() * 8999999));
            visitor.fill("phone", mobile);
            visitor.clickToNewPage(By.id("surge-submit"));
            assertThat(visitor.heading()).isEqualTo(t("crisis.surge.thanks.heading"));
            fitsThePhone(visitor);
            return mobile;
        } finally {
            SmallScreen.fullWidth(driver);
        }
    }

    private void groupCalloutAnsweredBySms(Browser lead, CrisisJourneyData data) throws Exception {
        lead.open("/samordning/grupper");
        lead.fill("filter-q", data.groupName());
        lead.clickToNewPage(By.cssSelector("#group-filter button[type='submit']"));
        lead.clickToNewPage(By.linkText(data.groupName()));
        lead.clickToNewPage(By.id("group-call"));
        assertThat(lead.element(By.id("call-crisis")).getText())
                .contains(crises.current().orElseThrow().name());
        lead.fill("what", "Fylla sandsäckar").fill("place", "Skolvägen 1").select("district", data.districtId());
        lead.clickToNewPage(By.cssSelector("#call-form button[type='submit']"));
        assertThat(lead.flash()).isEqualTo(t("resourcegroup.callout.started", 1));
        var roll = lead.path();

        // the member is asked (by SMS, or by e-mail where no SMS provider is set up, as in the tests) and answers JA
        // by SMS; the provider posts the reply to the webhook
        var phone = data.member().phone();
        await().atMost(Duration.ofSeconds(30))
                .until(() -> jdbc.sql("SELECT COUNT(*) FROM outbox_message WHERE dedupe_key LIKE 'callout-asked:%'"
                                        + " AND recipient IN (?, ?)")
                                .params(phone, data.member().email())
                                .query(Integer.class)
                                .single()
                        > 0);
        assertThat(smsWebhook(phone, "JA")).isEqualTo(200);
        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofSeconds(1))
                .untilAsserted(() -> {
                    lead.open(roll);
                    assertThat(lead.driver().findElements(By.cssSelector("#roll-table tbody tr")).stream()
                                    .map(WebElement::getText)
                                    .toList())
                            .singleElement()
                            .satisfies(row ->
                                    assertThat(row).contains(data.member().name(), t("resourcegroup.answer.YES")));
                });
    }

    /** The lead prints the poster; the member opens its link on a phone, signs in by e-mailed link and checks in. */
    private void checkInAtTheSafetyPointByThePoster(Browser lead, CrisisJourneyData data, String language) {
        lead.open("/samordning/trygghetspunkter");
        lead.select("filter-district", data.districtId());
        lead.clickToNewPage(By.cssSelector("#safety-point-filter button[type='submit']"));
        lead.clickToNewPage(By.linkText(data.pointName()));
        lead.clickToNewPage(By.id("safety-point-poster"));
        var link = lead.element(By.cssSelector(".poster-url")).getText();
        assertThat(link).endsWith("/trygghetspunkter/" + data.pointId() + "/checka-in");

        var member = newBrowser("member").expectLanguage(language);
        var driver = member.driver();
        SmallScreen.atWidth(driver, PHONE);
        try {
            member.open("/" + query);
            member.open(link);
            fitsThePhone(member);
            member.fill("ott-username", data.member().email());
            member.clickToNewPage(By.cssSelector("form[action$='/ott/generate'] button[type='submit']"));
            member.open(awaitLinkInMail(data.member().email(), "/login/ott\\?token=[A-Za-z0-9_-]+"));
            member.clickToNewPage(By.cssSelector("form[action$='/login/ott'] button[type='submit']"));
            assertThat(member.path()).isEqualTo("/trygghetspunkter/" + data.pointId() + "/checka-in");
            assertThat(member.heading()).isEqualTo(t("safetypoint.checkin.heading", data.pointName()));
            fitsThePhone(member);
            member.clickToNewPage(By.id("check-in"));
            assertThat(member.flash()).isEqualTo(t("safetypoint.checkin.outcome.CHECKED_IN"));
            assertThat(member.element(By.id("check-out")).isDisplayed()).isTrue();
            fitsThePhone(member);
        } finally {
            SmallScreen.fullWidth(driver);
        }
        lead.open("/samordning/trygghetspunkter/" + data.pointId());
        assertThat(lead.element(By.id("safety-point-present")).getText())
                .contains(data.member().name());
    }

    private void situationReport(Browser lead, CrisisJourneyData data, String name) {
        lead.open("/samordning/lagesrapport");
        lead.clickToNewPage(By.cssSelector("#situation-generate button[type='submit']"));
        assertThat(lead.flash()).isEqualTo(t("situation.generated"));
        assertThat(lead.heading()).isEqualTo(t("situation.report.title"));
        assertThat(lead.element(By.id("situation-crisis")).getText()).contains(name);
        // the group call-out and the check-in are counted under their district
        assertThat(lead.element(By.id("situation-resource-groups")).getText()).contains(data.districtName());
        assertThat(lead.element(By.id("situation-safety-points")).getText()).contains(data.districtName());
    }

    /** No sideways scrolling at the phone's width; the page stays at it for the next steps. */
    private static void fitsThePhone(Browser browser) {
        assertThat(SmallScreen.overflowAt(browser.driver(), PHONE))
                .as("%s scrolls sideways at %d px", browser.path(), PHONE)
                .isEmpty();
        SmallScreen.atWidth(browser.driver(), PHONE);
    }

    /** Posts an incoming SMS the way the provider does, and returns the HTTP status. */
    private int smsWebhook(String from, String message) throws Exception {
        var form = "id=journey-" + UUID.randomUUID() + "&from=" + URLEncoder.encode(from, StandardCharsets.UTF_8)
                + "&to=%2B46766861001&message=" + URLEncoder.encode(message, StandardCharsets.UTF_8);
        var post = HttpRequest.newBuilder(URI.create(
                        "http://localhost:" + port + "/webhooks/sms?secret=" + TestSettings.SMS_WEBHOOK_SECRET))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
        return HttpClient.newHttpClient()
                .send(post, HttpResponse.BodyHandlers.ofString())
                .statusCode();
    }

    private String t(String key, Object... args) {
        return messageSource.getMessage(key, args, locale);
    }
}
