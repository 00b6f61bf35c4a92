package se.samverka.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import se.samverka.account.AccountManagement;
import se.samverka.account.Role;
import se.samverka.crisis.Crises;

/**
 * The krisledning's journey in both languages: an administrator starts a crisis, the banner is on the public home
 * page, a spontaneous volunteer signs up on a 375 px phone, and the administrator ends the crisis; every page
 * axe-clean and valid HTML.
 */
class CrisisBrowserTests extends BrowserTestSupport {

    private static final int PHONE = 375;

    @Autowired
    MessageSource messages;

    @Autowired
    AccountManagement accounts;

    @Autowired
    Crises crises;

    private Locale locale;

    @AfterEach
    void noCrisisLeftRunning() {
        crises.current().ifPresent(c -> crises.end(c.id(), "test", Instant.now()));
    }

    @ParameterizedTest(name = "in {0}")
    @ValueSource(strings = {"sv", "en"})
    void anAdministratorStartsACrisisAVolunteerSignsUpOnAPhoneAndTheCrisisEnds(String language) {
        locale = Locale.forLanguageTag(language);
        var query = "en".equals(language) ? "?lang=en" : "";
        var username = "kris-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.createStaffAccount(username, "Hemligt-" + username, Role.ADMIN, "Krista Krisledare");
        var admin = newBrowser("admin").expectLanguage(language);
        admin.open("/login" + query);
        admin.fill("username", username).fill("password", "Hemligt-" + username);
        admin.clickToNewPage(By.cssSelector("form[action$='/login'] button[type='submit']"));

        // one step: the form is filled in with today's time, a day's length and the municipality's number
        admin.open("/admin/kris");
        assertThat(admin.heading()).isEqualTo(t("crisis.admin.heading"));
        var name = "Storm " + UUID.randomUUID().toString().substring(0, 5);
        admin.fill("name", name)
                .select("kind", "STORM")
                .fill("publicMessage", "Stay indoors. " + name)
                .fill("phone", "08-124 571 00");
        admin.clickToNewPage(By.id("crisis-start"));
        assertThat(admin.flash()).isEqualTo(t("crisis.started"));
        assertThat(admin.element(By.id("crisis-running")).getText()).contains(name);

        // the posters to print, one district
        admin.open("/samordning/kris/affischer?district=adelso");
        assertThat(admin.heading()).isEqualTo(t("crisis.posters.heading"));
        assertThat(admin.driver().findElements(By.cssSelector("section.poster svg.qr")))
                .hasSize(2);

        // the public home page carries the banner
        var visitor = newBrowser("visitor").expectLanguage(language);
        visitor.open("/" + query);
        assertThat(visitor.element(By.id("crisis-banner")).getText())
                .contains(name, "Stay indoors. " + name, "08-124 571 00");

        // the surge sign-up on a phone: a wrong number first, then the sign-up
        var driver = visitor.driver();
        SmallScreen.atWidth(driver, PHONE);
        try {
            visitor.open("/kris/anmal" + query);
            assertThat(visitor.heading()).isEqualTo(t("crisis.surge.heading"));
            assertThat(SmallScreen.overflowAt(driver, PHONE)).isEmpty();
            visitor.fill("name", "Sam Spontan").fill("phone", "08-123 456 78");
            visitor.check(By.cssSelector("#districts-field input[type='checkbox']"))
                    .check(By.cssSelector("#skills-field input[type='checkbox']"))
                    .check(By.cssSelector("#consent-field input[type='checkbox']"));
            visitor.clickToNewPage(By.id("surge-submit"));
            assertThat(visitor.element(By.id("error-summary")).getText()).contains(t("crisis.surge.phone.notMobile"));
            assertThat(SmallScreen.overflowAt(driver, PHONE)).isEmpty();
            var mobile = "070" + (1000000 + (int) (Math.random() * 8999999));
            visitor.fill("phone", mobile);
            visitor.clickToNewPage(By.id("surge-submit"));
            assertThat(visitor.heading()).isEqualTo(t("crisis.surge.thanks.heading"));
        } finally {
            SmallScreen.fullWidth(driver);
        }

        // the staff's list shows the sign-up as not checked
        admin.open("/samordning/spontanfrivilliga");
        assertThat(admin.mainText()).contains("Sam Spontan", t("crisis.list.unvetted"));

        // one step to end it, after a confirmation
        admin.open("/admin/kris");
        admin.clickToNewPage(By.id("crisis-end"));
        assertThat(admin.heading()).isEqualTo(t("crisis.end.heading", name));
        admin.clickToNewPage(By.id("crisis-end-confirm"));
        assertThat(admin.flash()).isEqualTo(t("crisis.ended"));
        visitor.open("/" + query);
        assertThat(driver.findElements(By.id("crisis-banner"))).isEmpty();
    }

    private String t(String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
