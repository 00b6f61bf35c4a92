package se.samverka.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.test.context.TestPropertySource;
import se.samverka.account.AccountManagement;
import se.samverka.account.Role;

/**
 * A staff member signs in with the password and the code from the e-mail, as on a phone, in both languages: the code
 * page, its error and the page after it each axe-clean and without sideways scrolling at 320 px (checked on every
 * page by {@link Browser}). The second factor is on here, as in production.
 */
@TestPropertySource(properties = "samverka.account.second-factor.required=true")
class SecondFactorBrowserTests extends BrowserTestSupport {

    private static final Pattern CODE = Pattern.compile("\\b(\\d{6})\\b");

    @Autowired
    MessageSource messages;

    @Autowired
    AccountManagement accounts;

    @ParameterizedTest(name = "in {0}")
    @ValueSource(strings = {"sv", "en"})
    void staffSignInWithThePasswordAndTheEmailedCode(String language) throws Exception {
        var locale = Locale.forLanguageTag(language);
        var email = "kod-" + UUID.randomUUID().toString().substring(0, 8) + "@example.se";
        accounts.createStaffAccount(email, "Hemligt-" + email, Role.COORDINATOR, "Kim Kod");
        var staff = newBrowser("coordinator").expectLanguage(language);
        SmallScreen.atWidth(staff.driver(), SmallScreen.PHONE_WIDTH);

        staff.open("/?lang=" + language);
        staff.open("/samordning");
        staff.fill("username", email).fill("password", "Hemligt-" + email);
        staff.clickToNewPage(By.cssSelector("form[action$='/login'] button[type='submit']"));
        assertThat(staff.path()).isEqualTo("/login/kod");
        assertThat(staff.heading()).isEqualTo(messages.getMessage("login.code.heading", null, locale));

        var code = await("the code mailed to " + email)
                .atMost(MAIL_TIMEOUT)
                .until(
                        () -> mailsTo(email).stream()
                                .map(CODE::matcher)
                                .filter(java.util.regex.Matcher::find)
                                .map(m -> m.group(1))
                                .findFirst(),
                        Optional::isPresent)
                .orElseThrow();

        staff.fill("code", code.equals("000000") ? "000001" : "000000");
        staff.clickToNewPage(By.cssSelector("form[action$='/login/kod'] button[type='submit']"));
        assertThat(staff.driver().getTitle())
                .startsWith(messages.getMessage("form.errorSummary.titlePrefix", null, locale));
        assertThat(staff.element(By.id("code-error")).getText())
                .isEqualTo(messages.getMessage("login.code.error.wrong", null, locale));

        staff.fill("code", code);
        staff.clickToNewPage(By.cssSelector("form[action$='/login/kod'] button[type='submit']"));
        assertThat(staff.path()).isEqualTo("/samordning");
    }
}
