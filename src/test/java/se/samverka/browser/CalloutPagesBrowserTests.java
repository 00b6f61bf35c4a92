package se.samverka.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Date;
import java.time.LocalDate;
import java.time.LocalTime;
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
import se.samverka.helprequest.Channel;
import se.samverka.helprequest.HelpRequests;
import se.samverka.helprequest.NewHelpRequest;
import se.samverka.helprequest.PaymentMethod;
import se.samverka.helprequest.Recurrence;
import se.samverka.shared.HelpKind;
import se.samverka.shared.PhoneNumber;

/**
 * A coordinator starts a call-out from a request, follows it, tries to widen it with a wrong number, stops it
 * and starts it again, in both languages; each page axe-clean.
 */
class CalloutPagesBrowserTests extends BrowserTestSupport {

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

    @ParameterizedTest(name = "in {0}")
    @ValueSource(strings = {"sv", "en"})
    void coordinatorStartsFollowsStopsAndRestartsACallout(String language) {
        locale = Locale.forLanguageTag(language);
        var home = districts.save(
                null, "Webbholmen " + System.nanoTime(), 530000 + Math.random() * 1000, 7200000, 992, Set.of());
        var request = helpRequests.submit(
                new NewHelpRequest(
                        "Wilma Webb",
                        PhoneNumber.of("08-560 391 00"),
                        "Bryggvägen 3",
                        home,
                        HelpKind.SHOPPING,
                        "Mjölk och bröd",
                        LocalDate.now().plusDays(2),
                        LocalTime.of(10, 0),
                        LocalTime.of(12, 0),
                        Recurrence.ONE_OFF,
                        PaymentMethod.INVOICE,
                        "Blåbär",
                        null,
                        null,
                        Channel.PHONE,
                        null,
                        null,
                        null),
                "test");
        volunteer("Wera Webb", home, false);
        volunteer("Walter Webb", home, true);
        var username = "samordnare-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.createStaffAccount(username, "Hemligt-" + username, Role.COORDINATOR, "Sam Samordnare");
        var coordinator = newBrowser("coordinator").expectLanguage(language);
        coordinator.open("/login" + ("en".equals(language) ? "?lang=en" : ""));
        coordinator.fill("username", username).fill("password", "Hemligt-" + username);
        coordinator.clickToNewPage(By.cssSelector("form[action$='/login'] button[type='submit']"));

        coordinator.open("/samordning/arenden/" + request.id() + "/volontarer");
        coordinator.check(By.cssSelector("#callout-start input[value='URGENT']"));
        coordinator.clickToNewPage(By.cssSelector("#callout-start button[type='submit']"));
        assertThat(coordinator.path()).startsWith("/samordning/utskick/");
        assertThat(coordinator.flash()).isEqualTo(t("task.callout.started"));
        assertThat(coordinator.heading()).isEqualTo(t("callout.page.title", "#" + request.number()));
        assertThat(coordinator.element(By.id("callout-asks")).getText())
                .contains("Wera Webb")
                .doesNotContain("Walter Webb");
        assertThat(coordinator.element(By.id("callout-skipped")).getText())
                .contains(t("callout.skip.PAUSED"))
                .contains(t("callout.skipped.show"))
                .doesNotContain("Walter Webb");
        coordinator.clickToNewPage(By.linkText(t("callout.skipped.show")));
        assertThat(coordinator.element(By.id("callout-skipped")).getText()).contains("Walter Webb");

        coordinator.fill("morePeople", "abc");
        coordinator.clickToNewPage(By.cssSelector("#callout-widen button[type='submit']"));
        assertThat(coordinator.element(By.id("morePeople-error")).getText())
                .isEqualTo(t("callout.widen.morePeople.invalid"));

        coordinator.clickToNewPage(By.id("callout-stop"));
        assertThat(coordinator.heading()).isEqualTo(t("callout.stop.title", "#" + request.number()));
        coordinator.clickToNewPage(By.cssSelector("#callout-stop-confirm button[type='submit']"));
        assertThat(coordinator.flash()).isEqualTo(t("callout.page.stopped", 1));
        assertThat(coordinator.element(By.id("callout-status")).getText()).isEqualTo(t("callout.status.STOPPED"));

        coordinator.clickToNewPage(By.cssSelector("#callout-restart button[type='submit']"));
        assertThat(coordinator.flash()).isEqualTo(t("callout.page.restarted"));
        assertThat(coordinator.element(By.id("callout-status")).getText()).isEqualTo(t("callout.status.ACTIVE"));

        coordinator.clickToNewPage(By.cssSelector("a[href='/samordning/utskick']"));
        assertThat(coordinator.heading()).isEqualTo(t("callout.list.title"));
        assertThat(coordinator.element(By.id("callout-list")).getText()).contains("#" + request.number());
    }

    private void volunteer(String name, String district, boolean paused) {
        var id = TestVolunteer.named(name).in(district).insert(jdbc).id();
        if (paused) {
            jdbc.sql("UPDATE volunteer SET paused_until = ? WHERE id = ?")
                    .params(Date.valueOf(LocalDate.now().plusDays(30)), id)
                    .update();
            se.samverka.TestVolunteer.changed(jdbc);
        }
    }

    private String t(String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
