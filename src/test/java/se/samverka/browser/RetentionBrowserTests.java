package se.samverka.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
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

/**
 * The administrator's retention page with a run started from it, and the public page where an inactive volunteer
 * says they want to stay; in both languages, each page axe-clean.
 */
class RetentionBrowserTests extends BrowserTestSupport {

    @Autowired
    MessageSource messages;

    @Autowired
    AccountManagement accounts;

    @Autowired
    JdbcClient jdbc;

    private Locale locale;

    @ParameterizedTest(name = "in {0}")
    @ValueSource(strings = {"sv", "en"})
    void administratorReadsTheRulesAndStartsARun(String language) {
        locale = Locale.forLanguageTag(language);
        var username = "gallring-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.createStaffAccount(username, "Hemligt-" + username, Role.ADMIN, "Ada Admin");
        var admin = newBrowser("admin").expectLanguage(language);
        admin.open("/login" + ("en".equals(language) ? "?lang=en" : ""));
        admin.fill("username", username).fill("password", "Hemligt-" + username);
        admin.clickToNewPage(By.cssSelector("form[action$='/login'] button[type='submit']"));

        admin.open("/admin/gallring");
        assertThat(admin.heading()).isEqualTo(t("retention.admin.title"));
        assertThat(admin.element(By.id("retention-rules")).getText())
                .contains(
                        t("retention.category.help-requests.name"),
                        t("retention.category.inactive-volunteers.name"),
                        t("retention.category.audit-log.name"),
                        t("retention.category.sent-messages.name"),
                        t("retention.admin.months", 24),
                        "gallringsbeslut");

        admin.clickToNewPage(By.id("retention-run-now"));
        assertThat(admin.heading()).isEqualTo(t("retention.confirm.title"));
        admin.clickToNewPage(By.cssSelector("#retention-run-confirm button[type='submit']"));
        assertThat(admin.path()).isEqualTo("/admin/gallring");
        assertThat(admin.flash()).isEqualTo(t("retention.admin.started.flash"));

        // db-scheduler picks the run up within seconds; the page then lists it
        await("the run " + username + " started")
                .atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> jdbc.sql("SELECT COUNT(*) FROM retention_run WHERE triggered_by = ?")
                                .param(username)
                                .query(Integer.class)
                                .single()
                        > 0);
        admin.open("/admin/gallring");
        assertThat(admin.element(By.id("retention-runs")).getText()).contains(username);
    }

    @ParameterizedTest(name = "in {0}")
    @ValueSource(strings = {"sv", "en"})
    void anInactiveVolunteerSaysTheyWantToStay(String language) throws Exception {
        locale = Locale.forLanguageTag(language);
        var volunteer = TestVolunteer.named("Stina Stanna").locale(language).insert(jdbc);
        var token = UUID.randomUUID().toString().replace("-", "")
                + UUID.randomUUID().toString().replace("-", "");
        jdbc.sql("INSERT INTO volunteer_stay_question (volunteer_id, token_hash, asked_at) VALUES (?, ?, ?)")
                .params(
                        volunteer.id(),
                        HexFormat.of()
                                .formatHex(MessageDigest.getInstance("SHA-256")
                                        .digest(token.getBytes(StandardCharsets.UTF_8))),
                        Timestamp.from(Instant.now()))
                .update();
        var browser = newBrowser("volunteer").expectLanguage(language);

        browser.open("/gallring/stanna/" + token + ("en".equals(language) ? "?lang=en" : ""));
        assertThat(browser.heading()).isEqualTo(t("retention.stay.title"));
        browser.clickToNewPage(By.cssSelector("#stay-form button[type='submit']"));
        assertThat(browser.heading()).isEqualTo(t("retention.stay.thanks.title"));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM volunteer_stay_question WHERE volunteer_id = ?")
                        .param(volunteer.id())
                        .query(Integer.class)
                        .single())
                .isZero();

        browser.open("/gallring/stanna/" + token);
        assertThat(browser.heading()).isEqualTo(t("retention.stay.gone.title"));
    }

    private String t(String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
