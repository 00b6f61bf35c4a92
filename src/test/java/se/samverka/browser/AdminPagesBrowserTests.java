package se.samverka.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import se.samverka.account.AccountManagement;
import se.samverka.account.Role;

/** An administrator's pages, including a form showing its errors, in both languages; each one axe-clean. */
class AdminPagesBrowserTests extends BrowserTestSupport {

    @Autowired
    MessageSource messages;

    @Autowired
    AccountManagement accounts;

    private Locale locale;

    @ParameterizedTest(name = "in {0}")
    @ValueSource(strings = {"sv", "en"})
    void administratorManagesDistrictsAndReadsTheOutboxThenLogsOut(String language) {
        locale = Locale.forLanguageTag(language);
        var username = "admin-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.createStaffAccount(username, "Hemligt-" + username, Role.ADMIN, "Ada Admin");
        var admin = newBrowser("admin").expectLanguage(language);

        admin.open("/login" + ("en".equals(language) ? "?lang=en" : ""));
        admin.fill("username", username).fill("password", "Hemligt-" + username);
        admin.clickToNewPage(By.cssSelector("form[action$='/login'] button[type='submit']"));
        assertThat(admin.path()).isEqualTo("/samordning");

        admin.open("/admin/omraden");
        assertThat(admin.heading()).isEqualTo(t("district.list.heading"));
        assertThat(admin.mainText()).contains("Adelsö", "Stenhamra");
        admin.clickToNewPage(By.cssSelector("#main a[href='/admin/omraden/ny']"));
        assertThat(admin.heading()).isEqualTo(t("district.form.newTitle"));
        admin.clickToNewPage(By.cssSelector("#main form button[type='submit']"));
        assertThat(admin.element(By.id("error-summary")).getText()).contains(t("form.errorSummary.title"));

        admin.open("/admin/utkorg");
        assertThat(admin.heading()).isEqualTo(t("notification.outbox.heading"));
        admin.clickToNewPage(By.cssSelector("main form[role='search'] button[type='submit']"));
        assertThat(admin.heading()).isEqualTo(t("notification.outbox.heading"));

        admin.clickToNewPage(By.cssSelector("form[action$='/logout'] button[type='submit']"));
        assertThat(admin.path()).isEqualTo("/");
        assertThat(admin.mainText()).contains(t("home.loggedOut"));
    }

    private String t(String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
