package se.samverka.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import se.samverka.account.AccountManagement;
import se.samverka.account.Role;

/**
 * The main journeys with the keyboard only (WCAG 2.1.1): Tab, letters, Space, the arrow keys and Enter, never a click
 * and never a value set by script. A volunteer signs up and corrects a mistake from the error summary, a resident asks
 * for help, a coordinator takes a call and offers it, and the volunteer accepts the offer. Every page on the way gets
 * the same checks as in the other journeys (axe-core, the Nu HTML checker, 320 px; see {@link Browser}).
 */
class KeyboardJourneysBrowserTests extends BrowserTestSupport {

    private static final String DISTRICT = "adelso";
    private static final String DISTRICT_NAME = "Adelsö";

    @Autowired
    MessageSource messages;

    @Autowired
    AccountManagement accounts;

    private Locale locale = Locale.forLanguageTag("sv");

    @Test
    void volunteerSignsUpCorrectsAMistakeFromTheErrorSummaryAndAcceptsAnOfferOfACallTheCoordinatorTook() {
        var suffix = UUID.randomUUID().toString().substring(0, 8);
        var email = "tangent." + suffix + "@example.se";
        var name = "Tove Tangent " + suffix;

        var volunteer = newBrowser("keyboard-volunteer");
        signUpCorrectingTheEmailAddress(volunteer, name, email);
        volunteer.open(awaitLinkInMail(email, "/bli-volontar/bekrafta\\?token=[A-Za-z0-9_%-]+"));
        new Keyboard(volunteer).send(By.cssSelector("form[action$='/bli-volontar/bekrafta'] button[type='submit']"));
        assertThat(volunteer.path()).isEqualTo("/bli-volontar/bekraftad");

        var coordinator = newBrowser("keyboard-coordinator");
        var username = "tangentbord-" + suffix;
        accounts.createStaffAccount(username, "Hemligt-" + suffix, Role.COORDINATOR, "Kim Tangent");
        coordinator.open("/login");
        new Keyboard(coordinator)
                .type("username", username)
                .type("password", "Hemligt-" + suffix)
                .send(By.cssSelector("form[action$='/login'] button[type='submit']"));
        assertThat(coordinator.path()).isEqualTo("/samordning");

        var resident = "Rune Ring " + suffix;
        takeACall(coordinator, resident);
        offerTo(coordinator, name);

        // a hand-picked ask is a call-out ask: the call-out's e-mail and answer page
        volunteer.open(awaitLinkInMail(email, "/utskick/svar/[A-Za-z0-9_-]+"));
        assertThat(volunteer.heading()).isEqualTo(t("callout.answer.title"));
        new Keyboard(volunteer).send(By.cssSelector("form[action$='/ja'] button[type='submit']"));
        assertThat(volunteer.heading()).isEqualTo(t("callout.answered.ACCEPTED.title"));
    }

    @Test
    void residentAsksForHelpWithTheKeyboardInEnglish() {
        locale = Locale.ENGLISH;
        var suffix = UUID.randomUUID().toString().substring(0, 8);
        var resident = newBrowser("keyboard-resident").expectLanguage("en");
        resident.open("/be-om-hjalp?lang=en");
        var keys = new Keyboard(resident);
        keys.choose("asker", "SELF")
                .type("residentName", "Greta Keys " + suffix)
                .type("residentPhone", "08-560 234 56")
                .type("streetAddress", "Ängsvägen 3")
                .pick("districtId", "Stenhamra")
                .choose("kind", "PHARMACY")
                .type("description", "Collect medicine at the pharmacy")
                .typeDate("date", nextWeekday())
                .typeTime("timeFrom", 13, 0)
                .typeTime("timeTo", 15, 0)
                .choose("recurrence", "ONE_OFF")
                .choose("paymentMethod", "INVOICE")
                .type("codeWord", "Lingon-" + suffix)
                .choose("riskGroup", "UNSAID")
                .tick(By.cssSelector("input[type='checkbox'][name='consent']"))
                .send(By.cssSelector("form[action$='/be-om-hjalp'] button[type='submit']"));
        assertThat(resident.path()).isEqualTo("/be-om-hjalp/tack");
        assertThat(resident.heading()).isEqualTo(t("helprequest.thanks.heading"));
    }

    /**
     * Everything right but the e-mail address; after sending, the focus is on the error summary, Tab and Enter follow
     * its link to the field, and the corrected form goes through with everything else as it was typed.
     */
    private void signUpCorrectingTheEmailAddress(Browser volunteer, String name, String email) {
        volunteer.open("/bli-volontar");
        var keys = new Keyboard(volunteer);
        keys.type("name", name)
                .type("email", "tangent-at-example.se")
                .type("phone", "070-" + (1_000_000 + ThreadLocalRandom.current().nextInt(9_000_000)))
                .tick(choice("districts", DISTRICT))
                .tick(choice("kinds", "SHOPPING"))
                .tick(choice("languages", "sv"))
                .choose("hasCar", "false")
                .tick(choice("availability", "WEEKDAY_DAYTIME"))
                .choose("askFrequency", "ONCE_A_WEEK")
                .tick(By.cssSelector("input[type='checkbox'][name='consent']"))
                .send(By.cssSelector("form[action$='/bli-volontar'] button[type='submit']"));
        assertThat(volunteer.path()).isEqualTo("/bli-volontar");
        assertThat(keys.focused().getDomAttribute("id"))
                .as("after the failed submit the focus is on the error summary")
                .isEqualTo("error-summary");

        keys.press(Keys.TAB);
        assertThat(keys.focused().getDomAttribute("href")).isEqualTo("#email-field");
        keys.press(Keys.ENTER);
        keys.type("email", email).send(By.cssSelector("form[action$='/bli-volontar'] button[type='submit']"));
        assertThat(volunteer.path()).isEqualTo("/bli-volontar/tack");
    }

    private void takeACall(Browser coordinator, String resident) {
        var keys = new Keyboard(coordinator);
        keys.send(By.cssSelector("header nav a[href='/samordning/telefon']"));
        assertThat(coordinator.heading()).isEqualTo(t("helprequest.phone.heading"));
        keys.type("residentName", resident)
                .type("residentPhone", "08-560 123 45")
                .type("streetAddress", "Tangentvägen 1")
                .pick("districtId", DISTRICT_NAME)
                .pick("kind", t("kind.SHOPPING"))
                .type("description", "Mjölk och bröd")
                .typeDate("date", nextWeekday())
                .typeTime("timeFrom", 10, 0)
                .typeTime("timeTo", 12, 0)
                .type("codeWord", "Hallon")
                .send(By.cssSelector("form[action$='/samordning/telefon'] button[type='submit']"));
        assertThat(coordinator.path()).matches("/samordning/arenden/[0-9a-f-]{36}");
        assertThat(coordinator.mainText()).contains(resident);
    }

    /** Ticks the volunteer among the suggested ones (htmx loads them into the request page) and offers the task. */
    private void offerTo(Browser coordinator, String volunteerName) {
        var keys = new Keyboard(coordinator);
        if (coordinator.element(By.id("volunteers")).getDomAttribute("data-hx-get") != null) {
            coordinator.awaitElement(By.cssSelector("#volunteers #volunteers-panel"), "htmx loading the volunteers");
            coordinator.checkAgain();
        } else {
            keys.send(By.cssSelector("#volunteers a[href$='/volontarer']"));
        }
        var label = coordinator.element(
                By.xpath("//form[@id='choose-form']//label[normalize-space(.)='" + volunteerName + "']"));
        keys.tick(By.id(label.getDomAttribute("for"))).send(By.cssSelector("#choose-form button[type='submit']"));
        assertThat(coordinator.flash()).isEqualTo(t("task.offer.sent"));
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
