package se.samverka.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.samverka.TestVolunteer;
import se.samverka.account.AccountManagement;
import se.samverka.account.Role;
import se.samverka.district.Districts;
import se.samverka.onboarding.Onboarding;

/**
 * The onboarding journey in small, in Swedish and English: thirty new sign-ups, the register filtered to
 * those missing an ID check, select all, record the checks, invite them to an onboarding meeting (with the preview),
 * one volunteer accepts the pledge, and the start page's ready count rises by one.
 */
class OnboardingBrowserTests extends BrowserTestSupport {

    @Autowired
    MessageSource messages;

    @Autowired
    AccountManagement accounts;

    @Autowired
    Districts districts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Onboarding onboarding;

    @ParameterizedTest(name = "in {0}")
    @ValueSource(strings = {"sv", "en"})
    void thirtySignUpsAreCheckedInvitedAndOneBecomesReady(String language) {
        var locale = Locale.forLanguageTag(language);
        var run = UUID.randomUUID().toString().substring(0, 8);
        var district = districts.save(null, "Introön " + run, 657000, 6575000, 900, Set.of());
        var signups = new ArrayList<TestVolunteer.Created>();
        for (int i = 0; i < 30; i++) {
            var v = TestVolunteer.named("Nils Ny " + (char) ('A' + i % 26) + (i / 26) + " " + run)
                    .in(district)
                    .locale(language)
                    .insert(jdbc);
            onboarding.refresh(v.id());
            signups.add(v);
        }
        // volunteers other tests wrote straight to the tables join now, not in the middle of the count
        onboarding.catchUp();
        var username = "onboarding-" + run;
        accounts.createStaffAccount(username, "Hemligt-" + run, Role.COORDINATOR, "Sam Samordnare");
        var coordinator = newBrowser("coordinator").expectLanguage(language);
        coordinator.open("/login" + ("en".equals(language) ? "?lang=en" : ""));
        coordinator.fill("username", username).fill("password", "Hemligt-" + run);
        coordinator.clickToNewPage(By.cssSelector("form[action$='/login'] button[type='submit']"));
        coordinator.open("/samordning");
        assertThat(coordinator.element(By.id("onboarding-heading")).getText())
                .isEqualTo(t("onboarding.start.heading", locale));
        var readyBefore = readyCount(coordinator);

        // the filter as a bookmarked address (RegisterBrowserTests drives the htmx filter form itself)
        coordinator.open("/samordning/volontarer?check=MISSING_ID_CHECK&district=" + district);
        assertThat(coordinator.element(By.id("register-showing")).getText())
                .isEqualTo(t("desk.register.showing", locale, 1, 25, 30));
        coordinator.clickToNewPage(By.id("register-select-all"));
        assertThat(coordinator.driver().findElements(By.cssSelector("input[name=ids]:checked")))
                .hasSize(25);
        coordinator.clickToNewPage(By.id("register-idcheck"));
        coordinator.select("method", "NATIONAL_ID_CARD");
        coordinator.clickToNewPage(By.id("idcheck-confirm"));
        assertThat(coordinator.flash()).isEqualTo(t("desk.idcheck.recorded", locale, 25));

        // the same district without the check filter: invite everyone on the page
        coordinator.open("/samordning/volontarer?district=" + district);
        coordinator.clickToNewPage(By.id("register-select-all"));
        coordinator.clickToNewPage(By.id("register-invite"));
        assertThat(coordinator.heading()).isEqualTo(t("desk.message.heading.INVITATION", locale, 25));
        coordinator
                .setValue("meetingOn", LocalDate.now().plusDays(7).toString())
                .setValue("meetingAt", "18:00")
                .fill("place", "Ekerö bibliotek");
        coordinator.clickToNewPage(By.id("message-preview"));
        assertThat(coordinator.element(By.id("message-reach")).getText())
                .isEqualTo(t("desk.message.preview.reach", locale, 25, 25));
        coordinator.clickToNewPage(By.id("message-send"));
        assertThat(coordinator.flash()).isEqualTo(t("desk.message.invited", locale, 25));

        // one of them signs in with a mailed link and accepts the pledge
        var nils = signups.get(0);
        var volunteer = newBrowser("volunteer").expectLanguage(language);
        volunteer.open("/login" + ("en".equals(language) ? "?lang=en" : ""));
        volunteer.fill("ott-username", nils.email());
        volunteer.clickToNewPage(By.cssSelector("form[action$='/ott/generate'] button[type='submit']"));
        volunteer.open(awaitLinkInMail(nils.email(), "/login/ott\\?token=[A-Za-z0-9_-]+"));
        volunteer.clickToNewPage(By.cssSelector("form[action$='/login/ott'] button[type='submit']"));
        volunteer.open("/mina-sidor/tystnadslofte");
        volunteer.clickToNewPage(By.cssSelector("form[action$='/mina-sidor/tystnadslofte'] button[type='submit']"));
        assertThat(volunteer.element(By.id("pledge-accepted")).getText()).isNotBlank();

        coordinator.open("/samordning");
        assertThat(readyCount(coordinator)).isEqualTo(readyBefore + 1);
        assertThat(coordinator.element(By.id("onboarding-ready")).getDomProperty("href"))
                .endsWith("/samordning/volontarer?step=READY");
        coordinator.open("/samordning/volontarer?step=READY&district=" + district);
        assertThat(coordinator.driver().findElements(By.cssSelector("#register-results tbody tr")))
                .hasSize(1);
    }

    private static long readyCount(Browser browser) {
        return Long.parseLong(browser.element(By.cssSelector("#onboarding-ready .onboarding-count"))
                .getText()
                .strip());
    }

    private String t(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
