package se.samverka.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Date;
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

/** An administrator reads the overview, narrows it to a department and follows a figure to its list; axe-clean. */
class OverviewBrowserTests extends BrowserTestSupport {

    @Autowired
    MessageSource messages;

    @Autowired
    AccountManagement accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Districts districts;

    private Locale locale;

    @ParameterizedTest(name = "in {0}")
    @ValueSource(strings = {"sv", "en"})
    void administratorFiltersTheOverviewByADepartmentAndFollowsAFigureToItsList(String language) {
        locale = Locale.forLanguageTag(language);
        var tag = UUID.randomUUID().toString().substring(0, 8);
        var title = "Läxhjälp " + tag;
        effort(title, "sof", districts.save(null, "Översiktsby " + tag, 650000, 6580000, 996, Set.of()));
        var username = "admin-" + tag;
        accounts.createStaffAccount(username, "Hemligt-" + username, Role.ADMIN, "Ada Admin");
        var admin = newBrowser("admin").expectLanguage(language);
        admin.open("/login" + ("en".equals(language) ? "?lang=en" : ""));
        admin.fill("username", username).fill("password", "Hemligt-" + username);
        admin.clickToNewPage(By.cssSelector("form[action$='/login'] button[type='submit']"));

        admin.open("/samverkan/oversikt");
        assertThat(admin.heading()).isEqualTo(t("overview.heading"));
        assertThat(admin.mainText())
                .contains(
                        t("effort.overview.title"),
                        t("referral.overview.title"),
                        t("idea.overview.title"),
                        "Kultur- och fritidsförvaltningen");

        admin.select("forvaltning", "sof");
        admin.clickToNewPage(By.cssSelector("form.overview-filter button[type='submit']"));
        assertThat(admin.driver().getCurrentUrl()).contains("forvaltning=sof");
        assertThat(admin.element(By.cssSelector("#main section table thead")).getText())
                .contains("Socialförvaltningen")
                .doesNotContain("Kultur- och fritidsförvaltningen");

        admin.clickToNewPage(
                By.cssSelector("#main td a[href^='/samverkan/oversikt/insatser'][href*='forvaltning=sof']"));
        assertThat(admin.path()).isEqualTo("/samverkan/oversikt/insatser");
        assertThat(admin.heading()).isEqualTo(t("effort.overview.list.heading"));
        assertThat(admin.mainText()).contains(title);

        // the other lists and a filter with an error are axe-clean too
        admin.open("/samverkan/oversikt/hanvisningar?utfall=OPEN");
        assertThat(admin.heading()).isEqualTo(t("referral.overview.list.heading"));
        admin.open("/samverkan/oversikt/ideer?steg=NEW");
        assertThat(admin.heading()).isEqualTo(t("idea.overview.list.heading"));
        admin.open("/samverkan/oversikt?fran=2026-05-10&till=2026-05-01");
        assertThat(admin.element(By.id("error-summary")).getText()).contains(t("overview.filter.to.beforeFrom"));
    }

    private void effort(String title, String department, String district) {
        var id = UUID.randomUUID();
        var today = LocalDate.now();
        jdbc.sql("""
				INSERT INTO effort (id, department_id, title, description, target_group, period_start, period_end,
				  contact_name, contact_email, status, created_by, created_at)
				VALUES (?, ?, ?, 'Beskrivning', 'Alla', ?, ?, 'Kontakt Person', 'kontakt@example.se', 'PUBLISHED', 'test', ?)""")
                .params(
                        id,
                        department,
                        title,
                        Date.valueOf(today),
                        Date.valueOf(today.plusDays(30)),
                        Timestamp.from(Instant.now()))
                .update();
        jdbc.sql("INSERT INTO effort_district (effort_id, district_id) VALUES (?, ?)")
                .params(id, district)
                .update();
    }

    private String t(String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
