package se.samverka.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** The pages anyone can open, in Swedish and, after the header's switch, in English; each one axe-clean. */
class PublicPagesBrowserTests extends BrowserTestSupport {

    private static final By SWITCH_TO_ENGLISH = By.cssSelector("header nav a[lang='en']");
    private static final By SWITCH_TO_SWEDISH = By.cssSelector("header nav a[lang='sv']");

    @Test
    void publicPagesAreSwedishByDefaultAndEnglishAfterTheLanguageSwitch() {
        var visitor = newBrowser("visitor");

        visitor.open("/");
        assertThat(visitor.heading()).isEqualTo("Tillsammans kan vi mer");
        assertThat(visitor.element(SWITCH_TO_ENGLISH).getText()).isEqualTo("English");
        visitor.open("/login");
        assertThat(visitor.heading()).isEqualTo("Logga in");
        assertThat(visitor.element(By.cssSelector("label[for='password']")).getText())
                .isEqualTo("Lösenord");
        visitor.open("/tillganglighet");
        assertThat(visitor.heading()).isEqualTo("Tillgänglighetsredogörelse för Samverka");
        visitor.open("/integritet/behandlingar");
        assertThat(visitor.heading()).isEqualTo("Register över behandlingar av personuppgifter");
        visitor.open("/integritet");
        assertThat(visitor.heading()).isEqualTo("Så behandlar vi personuppgifter");

        visitor.expectLanguage("en").clickToNewPage(SWITCH_TO_ENGLISH);
        assertThat(visitor.path()).isEqualTo("/integritet");
        assertThat(visitor.heading()).isEqualTo("How we handle personal data");
        visitor.open("/tillganglighet");
        assertThat(visitor.heading()).isEqualTo("Accessibility statement for Samverka");
        visitor.open("/integritet/behandlingar");
        assertThat(visitor.heading()).isEqualTo("Record of processing of personal data");
        visitor.open("/login");
        assertThat(visitor.heading()).isEqualTo("Log in");
        assertThat(visitor.element(By.cssSelector("label[for='password']")).getText())
                .isEqualTo("Password");
        visitor.open("/");
        assertThat(visitor.heading()).isEqualTo("Together we can do more");
        assertThat(visitor.element(SWITCH_TO_SWEDISH).getText()).isEqualTo("Svenska");

        visitor.expectLanguage("sv").clickToNewPage(SWITCH_TO_SWEDISH);
        assertThat(visitor.path()).isEqualTo("/");
        assertThat(visitor.heading()).isEqualTo("Tillsammans kan vi mer");
        visitor.open("/login");
        assertThat(visitor.heading()).isEqualTo("Logga in");
    }

    @Test
    void axeCheckFailsOnAPageWithoutLanguageAndWithAnUnlabelledInput() {
        var driver = newBrowser("axe-self-check").driver();
        driver.get("data:text/html,<html><head><title>x</title></head><body><main><h1>x</h1>"
                + "<input type='text' id='nameless'></main></body></html>");

        assertThatThrownBy(() -> axe(driver))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("html-has-lang")
                .hasMessageContaining("label")
                .hasMessageContaining("#nameless");
    }
}
