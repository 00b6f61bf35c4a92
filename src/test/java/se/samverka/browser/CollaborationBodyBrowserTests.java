package se.samverka.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.samverka.account.AccountManagement;
import se.samverka.account.Role;

/**
 * The collaboration body in real browsers: an administrator appoints a representative of Socialförvaltningen, who
 * logs in with the password, registers an agreement with a follow-up date (an end before the start is refused
 * first, with nothing typed lost) and finds it in the list. Once in Swedish and once in English; axe-core on every
 * page.
 */
class CollaborationBodyBrowserTests extends BrowserTestSupport {

    @Autowired
    MessageSource messages;

    @Autowired
    AccountManagement accounts;

    @Autowired
    JdbcClient jdbc;

    private Locale locale;

    @ParameterizedTest(name = "in {0}")
    @ValueSource(strings = {"sv", "en"})
    void anAdministratorAppointsARepresentativeWhoRegistersAnAgreementWithAFollowUpDate(String language) {
        locale = Locale.forLanguageTag(language);
        var query = "en".equals(language) ? "?lang=en" : "";
        var run = UUID.randomUUID().toString().substring(0, 8);
        var organisationName = "Samverkans förening " + run;
        var organisationId = approvedOrganisation(organisationName);
        var representative = "representant-" + run + "@example.se";
        var password = "Representant-" + run;
        var title = "IOP Besöksvänner " + run;

        // the administrator appoints the representative
        var admin = newBrowser("admin").expectLanguage(language);
        var adminName = "admin-" + run;
        accounts.createStaffAccount(adminName, "Hemligt-" + adminName, Role.ADMIN, "Ada Admin");
        admin.open("/login" + query);
        admin.fill("username", adminName).fill("password", "Hemligt-" + adminName);
        admin.clickToNewPage(By.cssSelector("form[action$='/login'] button[type='submit']"));
        admin.open("/admin/representanter");
        assertThat(admin.heading()).isEqualTo(t("collaboration.admin.heading"));
        admin.select("departmentId", "sof")
                .fill("username", representative)
                .fill("name", "Rebecka " + run)
                .fill("password", password);
        admin.clickToNewPage(By.cssSelector("#main form[action$='/admin/representanter'] button[type='submit']"));
        assertThat(admin.flash()).isEqualTo(t("collaboration.representative.created"));
        assertThat(admin.mainText()).contains("Rebecka " + run).contains(representative);

        // the representative logs in with the password and lands on the collaboration body
        var rep = newBrowser("representative").expectLanguage(language);
        rep.open("/login" + query);
        rep.fill("username", representative).fill("password", password);
        rep.clickToNewPage(By.cssSelector("form[action$='/login'] button[type='submit']"));
        assertThat(rep.path()).isEqualTo("/samverkan");
        assertThat(rep.heading()).isEqualTo(t("collaboration.start.heading"));
        rep.clickToNewPage(By.cssSelector("#main a[href='/samverkan/representanter']"));
        assertThat(rep.mainText()).contains("Rebecka " + run).contains(representative);

        // registers an agreement: first with an end before the start, then right
        rep.open("/samverkan");
        rep.clickToNewPage(By.cssSelector("#main a[href='/samverkan/avtal/ny']"));
        assertThat(rep.heading()).isEqualTo(t("collaboration.form.newTitle"));
        rep.select("organisationId", organisationId.toString())
                .select("type", "IOP")
                .fill("title", title)
                .fill("description", "Besöksvänner på äldreboenden.")
                .setValue("startsOn", "2026-01-01")
                .setValue("endsOn", "2025-12-31")
                .fill("amount", "450 000")
                .fill("municipalContactName", "Rebecka " + run)
                .fill("municipalContactEmail", representative)
                .fill("organisationContactName", "Olle Org")
                .fill("organisationContactEmail", "olle." + run + "@example.se")
                .select("status", "ACTIVE")
                .setValue("followUpOn", "2026-06-30")
                .fill("followUpNote", "Halvår");
        rep.clickToNewPage(By.cssSelector("#main form button[type='submit']"));
        assertThat(rep.element(By.id("error-summary")).getText())
                .contains(t("collaboration.agreement.field.endsOn.beforeStart"));
        assertThat(rep.element(By.id("endsOn-error")).getText())
                .isEqualTo(t("collaboration.agreement.field.endsOn.beforeStart"));
        assertThat(rep.element(By.id("title")).getDomProperty("value")).isEqualTo(title);
        assertThat(rep.element(By.id("amount")).getDomProperty("value")).isEqualTo("450 000");
        assertThat(rep.element(By.id("followUpNote")).getDomProperty("value")).isEqualTo("Halvår");
        rep.setValue("endsOn", "2027-12-31");
        rep.clickToNewPage(By.cssSelector("#main form button[type='submit']"));
        assertThat(rep.heading()).isEqualTo(title);
        assertThat(rep.flash()).isEqualTo(t("collaboration.agreement.created"));
        assertThat(rep.mainText())
                .contains(organisationName)
                .contains("2026-06-30")
                .contains("Halvår");

        // and finds it in the list, filtered to the organisation
        rep.open("/samverkan/avtal");
        rep.select("organisation", organisationId.toString());
        rep.clickToNewPage(By.cssSelector("main form[role='search'] button[type='submit']"));
        assertThat(rep.mainText()).contains(title).contains(t("collaboration.agreements.count", 1));
    }

    private UUID approvedOrganisation(String name) {
        var id = UUID.randomUUID();
        var now = Timestamp.from(Instant.now());
        jdbc.sql("""
				INSERT INTO organisation (id, name, form, purpose, email, status, applied_at, confirmed_at)
				VALUES (?, ?, 'IDEELL_FORENING', 'Besöksverksamhet', ?, 'APPROVED', ?, ?)""").params(id, name, "info-" + id + "@example.se", now, now).update();
        return id;
    }

    private String t(String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
