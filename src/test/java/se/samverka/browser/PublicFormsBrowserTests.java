package se.samverka.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

/**
 * The public forms as someone who gets them wrong first: the error summary and the fields' errors must be as
 * accessible as the empty form, and every link in the summary must lead to its field.
 */
class PublicFormsBrowserTests extends BrowserTestSupport {

    @Autowired
    MessageSource messages;

    private Locale locale;

    @ParameterizedTest(name = "in {0}")
    @ValueSource(strings = {"sv", "en"})
    void residentSeesAccessibleErrorsThenSendsTheHelpForm(String language) {
        locale = Locale.forLanguageTag(language);
        var suffix = UUID.randomUUID().toString().substring(0, 8);
        var resident = newBrowser("resident").expectLanguage(language);

        resident.open("/be-om-hjalp" + ("en".equals(language) ? "?lang=en" : ""));
        assertThat(resident.heading()).isEqualTo(t("helprequest.form.heading"));
        resident.clickToNewPage(By.cssSelector("form[action$='/be-om-hjalp'] button[type='submit']"));
        assertErrorSummaryLeadsToFields(resident);

        resident.check(choice("asker", "SELF"))
                .fill("residentName", "Greta Grannsson " + suffix)
                .fill("residentPhone", "08-560 234 56")
                .fill("streetAddress", "Ängsvägen 3")
                .select("districtId", "stenhamra")
                .check(choice("kind", "PHARMACY"))
                .fill("description", "Hämta ut medicin på apoteket")
                .setValue("date", nextWeekday().toString())
                .setValue("timeFrom", "13:00")
                .setValue("timeTo", "15:00")
                .check(choice("recurrence", "ONE_OFF"))
                .check(choice("paymentMethod", "INVOICE"))
                .fill("codeWord", "Lingon-" + suffix)
                .check(choice("riskGroup", "UNSAID"))
                .check(By.cssSelector("input[type='checkbox'][name='consent']"));
        resident.clickToNewPage(By.cssSelector("form[action$='/be-om-hjalp'] button[type='submit']"));
        assertThat(resident.path()).isEqualTo("/be-om-hjalp/tack");
        assertThat(resident.heading()).isEqualTo(t("helprequest.thanks.heading"));
        assertThat(resident.element(By.id("request-number")).getText()).matches("\\d+");
    }

    @ParameterizedTest(name = "in {0}")
    @ValueSource(strings = {"sv", "en"})
    void volunteerSignUpShowsAccessibleErrors(String language) {
        locale = Locale.forLanguageTag(language);
        var volunteer = newBrowser("volunteer").expectLanguage(language);

        volunteer.open("/bli-volontar" + ("en".equals(language) ? "?lang=en" : ""));
        volunteer.fill("email", "inte-en-adress");
        volunteer.clickToNewPage(By.cssSelector("form[action$='/bli-volontar'] button[type='submit']"));
        assertErrorSummaryLeadsToFields(volunteer);
        assertThat(volunteer.element(By.id("email")).getDomProperty("value")).isEqualTo("inte-en-adress");
        assertThat(volunteer.element(By.id("email")).getDomAttribute("aria-invalid"))
                .isEqualTo("true");

        // the security token's cookie is lost while the form is open (a browser restart): nothing typed is lost
        volunteer.fill("name", "Astrid Ek");
        volunteer.driver().manage().deleteCookieNamed("XSRF-TOKEN");
        volunteer.clickToNewPage(By.cssSelector("form[action$='/bli-volontar'] button[type='submit']"));
        assertThat(volunteer.element(By.id("expired-form")).getText()).isEqualTo(t("form.expired"));
        assertThat(volunteer.element(By.id("name")).getDomProperty("value")).isEqualTo("Astrid Ek");
        assertThat(volunteer.element(By.id("email")).getDomProperty("value")).isEqualTo("inte-en-adress");
    }

    /**
     * The summary is there, in this language, has the focus, the page title says there is an error, and each of
     * its links points at an element on the page, in the order of the fields.
     */
    private void assertErrorSummaryLeadsToFields(Browser browser) {
        var summary = browser.element(By.id("error-summary"));
        assertThat(summary.getText()).contains(t("form.errorSummary.title"));
        assertThat(browser.driver().getTitle()).startsWith(t("form.errorSummary.titlePrefix"));
        assertThat(browser.driver().switchTo().activeElement().getDomAttribute("id"))
                .as("focus moves to the error summary")
                .isEqualTo("error-summary");
        var links = summary.findElements(By.cssSelector("a[href^='#']"));
        assertThat(links).isNotEmpty();
        WebElement previous = null;
        for (WebElement link : links) {
            var target = link.getDomAttribute("href").substring(1);
            var targets = browser.driver().findElements(By.id(target));
            assertThat(targets).as("target of error link %s", link.getText()).hasSize(1);
            if (previous != null && !previous.equals(targets.get(0))) {
                assertThat((Boolean) browser.driver()
                                .executeScript(
                                        "return !!(arguments[0].compareDocumentPosition(arguments[1])"
                                                + " & Node.DOCUMENT_POSITION_FOLLOWING)",
                                        previous,
                                        targets.get(0)))
                        .as("error %s comes after the one before it on the page", link.getText())
                        .isTrue();
            }
            previous = targets.get(0);
        }
    }

    private static By choice(String name, String value) {
        return By.cssSelector("input[name='" + name + "'][value='" + value + "']");
    }

    private static LocalDate nextWeekday() {
        var day = LocalDate.now(ZoneId.of("Europe/Stockholm")).plusDays(1);
        while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
            day = day.plusDays(1);
        }
        return day;
    }

    private String t(String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
