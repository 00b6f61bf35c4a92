package se.samverka.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.samverka.TestVolunteer;
import se.samverka.consent.ConsentPurpose;
import se.samverka.consent.Consents;
import se.samverka.shared.PersonRef;

/**
 * A volunteer's data-subject rights in a real browser: log in with the mailed link, open My data, fetch the JSON
 * file, see the consents, withdraw the register consent and confirm the erasure it means. In Swedish and English,
 * axe-core on every page (see {@link Browser}).
 */
class PrivacyBrowserTests extends BrowserTestSupport {

    @Autowired
    MessageSource messages;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Consents consents;

    private Locale locale;

    @ParameterizedTest(name = "in {0}")
    @ValueSource(strings = {"sv", "en"})
    void volunteerSeesDownloadsWithdrawsAndErases(String language) throws Exception {
        locale = Locale.forLanguageTag(language);
        var suffix = UUID.randomUUID().toString().substring(0, 8);
        var email = "integritet." + suffix + "@example.se";
        var created = TestVolunteer.named("Ingrid Integritet " + suffix)
                .email(email)
                .locale(language)
                .in("adelso")
                .insert(jdbc);
        consents.give(
                PersonRef.volunteer(created.id()),
                ConsentPurpose.VOLUNTEER_REGISTER,
                consents.noticeVersion(),
                Consents.SELF);

        var volunteer = newBrowser("volunteer").expectLanguage(language);
        volunteer.open("/login?lang=" + language);
        volunteer.fill("ott-username", email);
        volunteer.clickToNewPage(By.cssSelector("form[action$='/ott/generate'] button[type='submit']"));
        volunteer.open(awaitLinkInMail(email, "/login/ott\\?token=[A-Za-z0-9_-]+"));
        volunteer.clickToNewPage(By.cssSelector("form[action$='/login/ott'] button[type='submit']"));
        assertThat(volunteer.path()).isEqualTo("/mina-sidor");

        volunteer.open("/mina-sidor/profil");
        volunteer.clickToNewPage(By.id("mydata-link"));
        assertThat(volunteer.path()).isEqualTo("/mina-sidor/mina-uppgifter");
        assertThat(volunteer.heading()).isEqualTo(t("privacy.mydata.title"));
        assertThat(volunteer.element(By.id("section-volunteer-profile")).getText())
                .contains(email);
        assertThat(volunteer.element(By.id("section-consent-consents")).getText())
                .as("the consent's purpose in words, not its code")
                .contains(t("consent.purpose.VOLUNTEER_REGISTER"))
                .doesNotContain("VOLUNTEER_REGISTER");

        // the download, fetched by the page itself with the session: an attachment holding the profile
        var download = (String) volunteer.driver().executeAsyncScript("""
				var done = arguments[arguments.length - 1];
				var link = document.getElementById('download-json');
				fetch(link.href).then(r => r.text().then(body => done(r.headers.get('content-disposition') + '\\n' + body)));""");
        assertThat(download).startsWith("attachment").contains("\"email\":\"" + email + "\"");

        volunteer.clickToNewPage(By.id("consents-link"));
        assertThat(volunteer.heading()).isEqualTo(t("consent.mine.title"));
        assertThat(volunteer.element(By.id("consents")).getText())
                .contains(t("consent.purpose.VOLUNTEER_REGISTER"), consents.noticeVersion(), t("consent.mine.holds"));

        volunteer.clickToNewPage(By.id("withdraw-VOLUNTEER_REGISTER"));
        assertThat(volunteer.path()).isEqualTo("/mina-sidor/radera");
        assertThat(volunteer.heading()).isEqualTo(t("privacy.erase.title"));
        volunteer.clickToNewPage(By.cssSelector("form[action$='/mina-sidor/radera'] button[type='submit']"));
        assertThat(volunteer.element(By.cssSelector(".error-summary")).getText())
                .contains(t("privacy.erase.confirm.required"));
        volunteer.check(By.id("confirm1"));
        volunteer.clickToNewPage(By.cssSelector("form[action$='/mina-sidor/radera'] button[type='submit']"));
        assertThat(volunteer.path()).isEqualTo("/bli-volontar/raderad");
        assertThat(volunteer.heading()).isEqualTo(t("privacy.erased.title"));
        assertThat(volunteer.element(By.id("kept")).getText()).contains(t("privacy.kept.audit"));

        assertThat(jdbc.sql("SELECT COUNT(*) FROM volunteer WHERE id = ?")
                        .param(created.id())
                        .query(Integer.class)
                        .single())
                .isZero();
        volunteer.open("/mina-sidor");
        assertThat(volunteer.path()).as("logged out").startsWith("/login");
    }

    private String t(String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
