package se.samverka.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.samverka.account.AccountManagement;
import se.samverka.account.Role;
import se.samverka.district.Districts;
import se.samverka.shared.EmailAddress;

/**
 * The collaboration journeys of issue 6 in real browsers, once in Swedish and once in English, axe-core on every
 * page: (a) an idea comes in through the public form and a coach takes it on, moves it through two stages, records
 * a coaching session with a next step and launches it as an effort; (b) the coach creates a network meeting and
 * invites two organisations, their representatives register from their workspaces, and the coach records the
 * minutes with a follow-up action.
 */
class CollaborationJourneyBrowserTests extends BrowserTestSupport {

    private static final String LOGIN_LINK = "/login/ott\\?token=[A-Za-z0-9_-]+";

    @Autowired
    MessageSource messages;

    @Autowired
    AccountManagement accounts;

    @Autowired
    Districts districts;

    @Autowired
    JdbcClient jdbc;

    private Locale locale;

    @ParameterizedTest(name = "in {0}")
    @ValueSource(strings = {"sv", "en"})
    void anIdeaBecomesAnEffortAndAMeetingGetsRegistrationsAndMinutes(String language) throws Exception {
        locale = Locale.forLanguageTag(language);
        var query = "en".equals(language) ? "?lang=en" : "";
        var run = UUID.randomUUID().toString().substring(0, 8);

        // (a) a resident submits an idea through the public form
        var resident = newBrowser("resident").expectLanguage(language);
        resident.open("/ideer/ny" + query);
        var ideaTitle = "Läxhjälp på biblioteket " + run;
        resident.fill("title", ideaTitle)
                .fill("description", "Läxhjälp två kvällar i veckan med pensionärer.")
                .fill("forWhom", "Barn i årskurs 4–6")
                .check(By.cssSelector("input[name='districts'][value='stenhamra']"))
                .check(By.cssSelector("input[name='help'][value='COACHING']"))
                .fill("name", "Ida Idébärare")
                .fill("email", "ida." + run + "@example.se")
                .check(By.id("consent1"));
        resident.clickToNewPage(By.cssSelector("#main form button[type='submit']"));
        assertThat(resident.path()).isEqualTo("/ideer/tack");
        var ideaId = jdbc.sql("SELECT id FROM idea WHERE title = ?")
                .param(ideaTitle)
                .query(UUID.class)
                .single();

        // a coach takes it on, moves it through two stages, records a session and launches it
        var username = "coach." + run + "@example.se";
        accounts.createStaffAccount(username, "Hemligt-" + username, Role.COACH, "Cecilia Coach");
        var coach = newBrowser("coach").expectLanguage(language);
        coach.open("/login" + query);
        coach.fill("username", username).fill("password", "Hemligt-" + username);
        coach.clickToNewPage(By.cssSelector("form[action$='/login'] button[type='submit']"));
        // the overview before: launched ideas and open actions, as the collaboration body sees them
        var launchedBefore = figure(coach, "idea.stage.LAUNCHED");
        var openActionsBefore = figure(coach, "meeting.overview.openActions");
        coach.open("/idelabbet");
        coach.clickToNewPage(By.linkText(ideaTitle));
        coach.clickToNewPage(By.cssSelector("form[action$='/ta'] button[type='submit']"));
        assertThat(coach.flash()).isEqualTo(t("idea.taken"));
        for (var stage : new String[] {"FIRST_CONVERSATION", "DEVELOPING"}) {
            coach.select("stage", stage);
            coach.clickToNewPage(By.cssSelector("form[action$='/steg'] button[type='submit']"));
            assertThat(stage(ideaId)).isEqualTo(stage);
        }
        coach.setValue("heldOn", LocalDate.now().toString())
                .fill("notes", "Vi ritade upp vilka som behövs.")
                .fill("step1", "Fråga biblioteket om en lokal")
                .fill("owner1", "Ida")
                .setValue("due1", LocalDate.now().plusDays(7).toString());
        coach.clickToNewPage(By.cssSelector("form[action$='/samtal'] button[type='submit']"));
        assertThat(coach.flash()).isEqualTo(t("idea.session.saved"));
        assertThat(coach.mainText()).contains("Fråga biblioteket om en lokal");
        coach.select("stage", "LAUNCHED");
        coach.clickToNewPage(By.cssSelector("form[action$='/steg'] button[type='submit']"));
        coach.select("owner", "dep:kff")
                .setValue("periodStart", LocalDate.now().toString())
                .setValue("periodEnd", LocalDate.now().plusMonths(3).toString());
        coach.clickToNewPage(By.cssSelector("form[action$='/insats'] button[type='submit']"));
        assertThat(coach.flash()).isEqualTo(t("idea.effort.created"));
        assertThat(jdbc.sql("SELECT effort_id FROM idea WHERE id = ?")
                        .param(ideaId)
                        .query(UUID.class)
                        .optional())
                .isPresent();

        // (b) two organisations with a representative each, in a district of their own
        var district = districts.save(null, "Resans ö " + run, 650000, 6580000, 990, Set.of());
        var first = organisation("Första föreningen " + run, district);
        var second = organisation("Andra föreningen " + run, district);
        var firstRep = representative(first, "forsta." + run + "@example.se");
        var secondRep = representative(second, "andra." + run + "@example.se");

        // the coach creates the meeting and invites the district's organisations
        coach.open("/samverkan/moten/ny");
        var meetingTitle = "Nätverksträff " + run;
        coach.check(By.cssSelector("input[name='kind'][value='NETWORK']"))
                .fill("title", meetingTitle)
                .fill("agenda", "1. Välkomna\n2. Vinterns aktiviteter")
                .setValue("date", LocalDate.now().plusDays(14).toString())
                .setValue("startTime", "18:00")
                .setValue("endTime", "20:00")
                .fill("place", "Ekerö bibliotek")
                .fill("capacity", "10");
        coach.clickToNewPage(By.cssSelector("#main form button[type='submit']"));
        assertThat(coach.heading()).isEqualTo(meetingTitle);
        assertThat(coach.flash()).isEqualTo(t("meeting.created"));
        var meetingId = jdbc.sql("SELECT id FROM meeting WHERE title = ?")
                .param(meetingTitle)
                .query(UUID.class)
                .single();
        coach.open("/samverkan/moten/" + meetingId + "/bjud-in?district=" + district);
        coach.clickToNewPage(By.cssSelector("form[method='post'][action$='/bjud-in'] button[type='submit']"));
        assertThat(coach.flash()).isEqualTo(t("meeting.invited", 2));

        // each representative registers from the workspace
        for (var rep : new Object[][] {{first, firstRep, "Rut Röd\nPer Röd"}, {second, secondRep, "Olof Ek"}}) {
            var representative = newBrowser("representative").expectLanguage(language);
            login(representative, (String) rep[1], query);
            representative.open("/forening/" + rep[0] + "/moten");
            representative.clickToNewPage(By.linkText(meetingTitle));
            representative.fill("participants", "2").fill("names", (String) rep[2]);
            representative.clickToNewPage(By.cssSelector("form[action$='/anmal'] button[type='submit']"));
            assertThat(representative.flash()).isEqualTo(t("meeting.registration.REGISTERED"));
            assertThat(representative.mainText()).contains(t("meeting.workspace.registered", 2));
        }
        assertThat(jdbc.sql("SELECT taken FROM meeting WHERE id = ?")
                        .param(meetingId)
                        .query(Integer.class)
                        .single())
                .isEqualTo(4);

        // the coach records the minutes and an action owned by the first organisation
        coach.open("/samverkan/moten/" + meetingId);
        assertThat(coach.mainText()).contains("Första föreningen " + run, "Andra föreningen " + run);
        coach.fill("minutes", "Vi kom överens om en gemensam vinterkalender.");
        coach.clickToNewPage(By.cssSelector("form[action$='/protokoll'] button[type='submit']"));
        assertThat(coach.flash()).isEqualTo(t("meeting.minutes.saved"));
        coach.fill("description", "Samla aktiviteterna i en kalender")
                .select("owner", "organisation:" + first)
                .setValue("dueOn", LocalDate.now().plusDays(30).toString());
        coach.clickToNewPage(By.cssSelector("form[action$='/atgarder'] button[type='submit']"));
        assertThat(coach.flash()).isEqualTo(t("meeting.action.saved"));
        assertThat(coach.mainText()).contains("Samla aktiviteterna i en kalender", "Första föreningen " + run);
        coach.open("/samverkan/atgarder?status=OPEN&organisation=" + first);
        assertThat(coach.mainText()).contains("Samla aktiviteterna i en kalender");

        // the overview shows the new figures: one more launched idea, one more open action, and the action's list
        assertThat(figure(coach, "idea.stage.LAUNCHED")).isEqualTo(launchedBefore + 1);
        assertThat(figure(coach, "meeting.overview.openActions")).isEqualTo(openActionsBefore + 1);
        assertThat(coach.element(By.xpath(
                                "//tr[th[normalize-space()='" + t("meeting.overview.openActions") + "']]/td[last()]/a"))
                        .getDomAttribute("href"))
                .startsWith("/samverkan/atgarder");
    }

    /** The total of one figure on the overview, read from the page as the reader sees it. */
    private long figure(Browser browser, String labelKey) {
        browser.open("/samverkan/oversikt");
        var cell = browser.element(By.xpath("//tr[th[normalize-space()='" + t(labelKey) + "']]/td[last()]"));
        return Long.parseLong(cell.getText().strip());
    }

    private void login(Browser browser, String email, String query) {
        browser.open("/login" + query);
        browser.fill("ott-username", email);
        browser.clickToNewPage(By.cssSelector("form[action$='/ott/generate'] button[type='submit']"));
        browser.open(awaitLinkInMail(email, LOGIN_LINK));
        browser.clickToNewPage(By.cssSelector("form[action$='/login/ott'] button[type='submit']"));
    }

    private String stage(UUID ideaId) {
        return jdbc.sql("SELECT stage FROM idea WHERE id = ?")
                .param(ideaId)
                .query(String.class)
                .single();
    }

    private UUID organisation(String name, String district) {
        var id = UUID.randomUUID();
        var now = Timestamp.from(Instant.now());
        jdbc.sql("""
				INSERT INTO organisation (id, name, form, purpose, email, status, applied_at, confirmed_at)
				VALUES (?, ?, 'IDEELL_FORENING', 'Hjälper grannar', ?, 'APPROVED', ?, ?)""").params(id, name, "info-" + id + "@example.se", now, now).update();
        jdbc.sql("INSERT INTO organisation_district (organisation_id, district_id) VALUES (?, ?)")
                .params(id, district)
                .update();
        return id;
    }

    private String representative(UUID organisationId, String email) {
        var accountId = accounts.representativeAccount(EmailAddress.of(email), "Rut Representant", locale);
        jdbc.sql("""
				INSERT INTO organisation_member (organisation_id, account_id, role, name, email, added_at)
				VALUES (?, ?, 'ADMIN', 'Rut Representant', ?, ?)""")
                .params(organisationId, accountId, email, Timestamp.from(Instant.now()))
                .update();
        return email;
    }

    private String t(String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
