package se.samverka.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import se.samverka.account.AccountManagement;
import se.samverka.account.Role;
import se.samverka.helprequest.Channel;
import se.samverka.helprequest.HelpRequests;
import se.samverka.helprequest.NewHelpRequest;
import se.samverka.helprequest.PaymentMethod;
import se.samverka.helprequest.Recurrence;
import se.samverka.shared.HelpKind;
import se.samverka.shared.PhoneNumber;

/**
 * The queue filter replaces the results without loading a page; the layout's one polite live region then says how
 * many requests are shown (WCAG 4.1.3), in the page's language, on a phone-sized screen too.
 */
class QueueStatusBrowserTests extends BrowserTestSupport {

    private static final By APPLY = By.cssSelector("main form[role='search'] button[type='submit']");

    @Autowired
    MessageSource messages;

    @Autowired
    AccountManagement accounts;

    @Autowired
    HelpRequests helpRequests;

    @ParameterizedTest(name = "in {0}")
    @ValueSource(strings = {"sv", "en"})
    void filteringTheQueueAnnouncesHowManyRequestsAreShown(String language) {
        var locale = Locale.forLanguageTag(language);
        var run = UUID.randomUUID().toString().substring(0, 8);
        // a day no other test uses, so that the filter finds exactly these
        var day = LocalDate.now().plusDays(200 + Math.floorMod(run.hashCode(), 400));
        request("Ada Annonsera " + run, HelpKind.SHOPPING, day);
        request("Bo Annonsera " + run, HelpKind.PHARMACY, day);
        var username = "samordnare-" + run;
        accounts.createStaffAccount(username, "Hemligt-" + run, Role.COORDINATOR, "Sam Samordnare");
        var coordinator = newBrowser("coordinator").expectLanguage(language);
        coordinator.open("/login" + ("en".equals(language) ? "?lang=en" : ""));
        coordinator.fill("username", username).fill("password", "Hemligt-" + run);
        coordinator.clickToNewPage(By.cssSelector("form[action$='/login'] button[type='submit']"));
        coordinator.open("/samordning");
        assertThat(liveStatus(coordinator))
                .as("the live region before any update")
                .isEmpty();

        coordinator
                .setValue("filter-from", day.toString())
                .setValue("filter-to", day.toString())
                .click(APPLY);
        awaitLiveStatus(coordinator, messages.getMessage("helprequest.queue.announce", new Object[] {2}, locale));
        assertThat(coordinator.path())
                .as("htmx replaced the results without loading a page")
                .isEqualTo("/samordning");
        coordinator.checkAgain();

        SmallScreen.atWidth(coordinator.driver(), SmallScreen.PHONE_WIDTH);
        try {
            coordinator.select("filter-kind", HelpKind.PHARMACY.name()).click(APPLY);
            awaitLiveStatus(coordinator, messages.getMessage("helprequest.queue.announce", new Object[] {1}, locale));
        } finally {
            SmallScreen.fullWidth(coordinator.driver());
        }
        assertThat(coordinator.element(By.id("queue-results")).getText())
                .contains("Bo Annonsera " + run)
                .doesNotContain("Ada Annonsera " + run);
    }

    private void request(String name, HelpKind kind, LocalDate day) {
        helpRequests.submit(
                new NewHelpRequest(
                        name,
                        PhoneNumber.of("08-560 391 00"),
                        "Gatan 2",
                        "ekero-centrum",
                        kind,
                        "Mjölk",
                        day,
                        LocalTime.of(10, 0),
                        LocalTime.of(12, 0),
                        Recurrence.ONE_OFF,
                        PaymentMethod.INVOICE,
                        "Kod",
                        null,
                        null,
                        Channel.PHONE,
                        null,
                        null,
                        null),
                "test");
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
