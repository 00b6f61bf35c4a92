package se.samverka.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
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

/**
 * The volunteer register in a browser, in Swedish and English: the filter replaces the results and the live region
 * says how many are shown; then "select all on this page" and the identity checks recorded after a confirmation.
 */
class RegisterBrowserTests extends BrowserTestSupport {

    private static final By APPLY = By.cssSelector("#register-filter button[type='submit']");

    @Autowired
    MessageSource messages;

    @Autowired
    AccountManagement accounts;

    @Autowired
    Districts districts;

    @Autowired
    JdbcClient jdbc;

    @ParameterizedTest(name = "in {0}")
    @ValueSource(strings = {"sv", "en"})
    void filtersThenRecordsIdChecksForEveryoneOnThePage(String language) {
        var locale = Locale.forLanguageTag(language);
        var run = UUID.randomUUID().toString().substring(0, 8);
        var district = districts.save(null, "Webbön " + run, 657000, 6575000, 900, Set.of());
        for (int i = 0; i < 3; i++) {
            TestVolunteer.named("Wilma Webb " + i + " " + run).in(district).insert(jdbc);
        }
        var username = "register-" + run;
        accounts.createStaffAccount(username, "Hemligt-" + run, Role.COORDINATOR, "Sam Samordnare");
        var coordinator = newBrowser("coordinator").expectLanguage(language);
        coordinator.open("/login" + ("en".equals(language) ? "?lang=en" : ""));
        coordinator.fill("username", username).fill("password", "Hemligt-" + run);
        coordinator.clickToNewPage(By.cssSelector("form[action$='/login'] button[type='submit']"));
        assertThat(coordinator.driver().findElements(By.cssSelector("header nav a[href='/samordning/volontarer']")))
                .as("the staff menu links to the register")
                .hasSize(1);
        coordinator.open("/samordning/volontarer");
        assertThat(coordinator.heading()).isEqualTo(messages.getMessage("desk.register.heading", null, locale));

        coordinator
                .select("filter-district", district)
                .select("filter-check", "MISSING_ID_CHECK")
                .click(APPLY);
        awaitLiveStatus(coordinator, messages.getMessage("desk.register.announce", new Object[] {3}, locale));
        assertThat(coordinator.path()).isEqualTo("/samordning/volontarer");
        coordinator.checkAgain();

        coordinator.clickToNewPage(By.id("register-select-all"));
        assertThat(coordinator.driver().findElements(By.cssSelector("input[name=ids]:checked")))
                .hasSize(3);
        coordinator.clickToNewPage(By.id("register-idcheck"));
        assertThat(coordinator.heading())
                .isEqualTo(messages.getMessage("desk.idcheck.heading", new Object[] {3}, locale));
        coordinator.select("method", "NATIONAL_ID_CARD");
        coordinator.clickToNewPage(By.id("idcheck-confirm"));
        assertThat(coordinator.flash())
                .isEqualTo(messages.getMessage("desk.idcheck.recorded", new Object[] {3}, locale));
        assertThat(coordinator.element(By.id("register-empty")).getText())
                .contains(messages.getMessage("desk.register.empty.heading", null, locale));
    }

    private static String liveStatus(Browser browser) {
        return String.valueOf(
                        browser.driver().executeScript("return document.getElementById('live-status').textContent"))
                .strip();
    }

    private static void awaitLiveStatus(Browser browser, String expected) {
        await("the live region to say " + expected)
                .atMost(Duration.ofSeconds(20))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> liveStatus(browser), expected::equals);
    }
}
