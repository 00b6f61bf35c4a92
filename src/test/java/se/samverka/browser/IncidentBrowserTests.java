package se.samverka.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import se.samverka.account.AccountManagement;
import se.samverka.account.Role;

/**
 * A coordinator opens the incident list, reports an incident (first with a mistake), adds a log entry and closes
 * it with an outcome, in both languages; each page axe-clean.
 */
class IncidentBrowserTests extends BrowserTestSupport {

    @Autowired
    MessageSource messages;

    @Autowired
    AccountManagement accounts;

    private Locale locale;

    @ParameterizedTest(name = "in {0}")
    @ValueSource(strings = {"sv", "en"})
    void coordinatorReportsLogsAndClosesAnIncident(String language) {
        locale = Locale.forLanguageTag(language);
        var username = "samordnare-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.createStaffAccount(username, "Hemligt-" + username, Role.COORDINATOR, "Sam Samordnare");
        var coordinator = newBrowser("coordinator").expectLanguage(language);
        coordinator.open("/login" + ("en".equals(language) ? "?lang=en" : ""));
        coordinator.fill("username", username).fill("password", "Hemligt-" + username);
        coordinator.clickToNewPage(By.cssSelector("form[action$='/login'] button[type='submit']"));

        coordinator.open("/samordning/incidenter");
        assertThat(coordinator.heading()).isEqualTo(t("incident.list.title"));
        coordinator.clickToNewPage(By.id("new-incident"));
        assertThat(coordinator.heading()).isEqualTo(t("incident.new.title"));

        // no kind chosen: the error summary and the field say so, the text typed stays
        var what = "Volontären kom inte " + UUID.randomUUID().toString().substring(0, 6);
        coordinator.fill("description", what);
        coordinator.clickToNewPage(By.cssSelector("main form button[type='submit']"));
        assertThat(coordinator.element(By.id("error-summary")).getText()).contains(t("incident.form.kind.required"));
        assertThat(coordinator.element(By.id("description")).getDomProperty("value"))
                .isEqualTo(what);

        coordinator.check(By.cssSelector("input[name='kind'][value='NO_SHOW']"));
        coordinator.setValue("occurredOn", LocalDate.now().toString());
        coordinator.clickToNewPage(By.cssSelector("main form button[type='submit']"));
        assertThat(coordinator.flash()).isEqualTo(t("incident.reported"));
        assertThat(coordinator.heading()).isEqualTo(t("incident.detail.title", t("incident.kind.NO_SHOW")));
        assertThat(coordinator.element(By.id("incident-status")).getText()).isEqualTo(t("incident.status.NEW"));
        var incidentPath = coordinator.path();

        coordinator.fill("entry", "Ringde volontären");
        coordinator.clickToNewPage(By.cssSelector("#log-form button[type='submit']"));
        assertThat(coordinator.flash()).isEqualTo(t("incident.log.added"));
        assertThat(coordinator.element(By.id("incident-status")).getText()).isEqualTo(t("incident.status.IN_PROGRESS"));
        assertThat(coordinator.element(By.id("incident-log")).getText()).contains("Ringde volontären", username);

        coordinator.fill("outcome", "Ett missförstånd om tiden");
        coordinator.clickToNewPage(By.cssSelector("#close-form button[type='submit']"));
        assertThat(coordinator.flash()).isEqualTo(t("incident.closed"));
        assertThat(coordinator.element(By.id("incident-status")).getText()).isEqualTo(t("incident.status.CLOSED"));
        assertThat(coordinator.element(By.id("incident-outcome")).getText()).isEqualTo("Ett missförstånd om tiden");

        coordinator.open("/samordning/incidenter?status=CLOSED");
        assertThat(coordinator.element(By.id("incident-list")).findElements(By.cssSelector("a")))
                .anySatisfy(a -> assertThat(a.getDomAttribute("href")).isEqualTo(incidentPath));
    }

    private String t(String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
