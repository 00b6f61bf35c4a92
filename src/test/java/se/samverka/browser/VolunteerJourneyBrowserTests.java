package se.samverka.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import se.samverka.account.AccountManagement;
import se.samverka.account.Role;

/**
 * The main journey of the issue, in a real browser: a volunteer signs up; a coordinator takes a phone request and
 * offers it; the volunteer accepts through the e-mailed link and marks it done. Once in Swedish and once in English,
 * each actor in a browser of their own, and axe-core checks every page on the way (see {@link Browser}).
 */
class VolunteerJourneyBrowserTests extends BrowserTestSupport {

    private static final String DISTRICT = "adelso";
    private static final String DISTRICT_NAME = "Adelsö";

    @Autowired
    MessageSource messages;

    @Autowired
    AccountManagement accounts;

    private Locale locale;

    @ParameterizedTest(name = "in {0}")
    @ValueSource(strings = {"sv", "en"})
    void volunteerSignsUpCoordinatorOffersAPhoneRequestVolunteerAcceptsByMailAndMarksItDone(String language)
            throws Exception {
        locale = Locale.forLanguageTag(language);
        var run = new Run(language);

        var volunteer = newBrowser("volunteer").expectLanguage(language);
        signUp(volunteer, run);
        confirmEmailAddress(volunteer, run);

        var coordinator = newBrowser("coordinator").expectLanguage(language);
        logInAsCoordinator(coordinator, run);
        warnedBeforeTheSessionEndsAndStays(coordinator);
        var requestId = takePhoneRequest(coordinator, run);
        offerToTheVolunteer(coordinator, run);

        acceptOfferFromMail(volunteer, run);
        logInWithMailedLink(volunteer, run);
        markTaskDone(volunteer, run);

        coordinator.open("/samordning/arenden/" + requestId);
        assertThat(coordinator.element(By.id("request-status")).getText()).isEqualTo(t("status.DONE"));
        var history = coordinator.driver().findElements(By.xpath("//h2[@id='history-heading']/..//tbody/tr")).stream()
                .map(WebElement::getText)
                .toList();
        assertThat(history).anySatisfy(row -> assertThat(row).contains(t("history.action.SUBMITTED")));
        assertThat(history).anySatisfy(row -> assertThat(row).contains(t("history.action.DONE"), t("status.DONE")));
        assertThat(mailsTo(run.volunteerEmail))
                .as("e-mails never carry the resident's details")
                .hasSizeGreaterThanOrEqualTo(3)
                .noneSatisfy(mail -> assertThat(mail).containsAnyOf(run.residentName, run.codeWord));
    }

    private void signUp(Browser volunteer, Run run) {
        volunteer.open("/bli-volontar" + ("en".equals(run.language) ? "?lang=en" : ""));
        assertThat(volunteer.heading()).isEqualTo(t("volunteer.signup.heading"));
        volunteer
                .fill("name", run.volunteerName)
                .fill("email", run.volunteerEmail)
                .fill("phone", run.volunteerPhone)
                .check(choice("districts", DISTRICT))
                .check(choice("kinds", "SHOPPING"))
                .check(choice("languages", "sv"))
                .check(choice("hasCar", "false"))
                .check(choice("availability", "WEEKDAY_DAYTIME"))
                .check(choice("askFrequency", "ONCE_A_WEEK"))
                .check(By.cssSelector("input[type='checkbox'][name='consent']"));
        volunteer.clickToNewPage(submitOf("form[action$='/bli-volontar']"));
        assertThat(volunteer.path()).isEqualTo("/bli-volontar/tack");
        assertThat(volunteer.heading()).isEqualTo(t("volunteer.thanks.heading"));
    }

    private void confirmEmailAddress(Browser volunteer, Run run) {
        volunteer.open(awaitLinkInMail(run.volunteerEmail, "/bli-volontar/bekrafta\\?token=[A-Za-z0-9_%-]+"));
        assertThat(volunteer.heading()).isEqualTo(t("volunteer.confirm.heading"));
        volunteer.clickToNewPage(submitOf("form[action$='/bli-volontar/bekrafta']"));
        assertThat(volunteer.path()).isEqualTo("/bli-volontar/bekraftad");
    }

    private void logInAsCoordinator(Browser coordinator, Run run) {
        var username = "samordnare-" + run.suffix;
        accounts.createStaffAccount(username, "Hemligt-" + run.suffix, Role.COORDINATOR, "Sam Samordnare");
        coordinator.open("/login" + ("en".equals(run.language) ? "?lang=en" : ""));
        coordinator.fill("username", username).fill("password", "Hemligt-" + run.suffix);
        coordinator.clickToNewPage(submitOf("form[action$='/login']"));
        assertThat(coordinator.path()).isEqualTo("/samordning");
    }

    /**
     * Five minutes before the session ends the dialog opens (here the session is made to end in 301 s, so it opens
     * after one); "stay signed in" renews the session without leaving the page and says so in the live region.
     */
    private void warnedBeforeTheSessionEndsAndStays(Browser coordinator) {
        var driver = coordinator.driver();
        driver.executeScript("document.getElementById('session-warning').setAttribute('data-session-seconds', '301');"
                + "document.dispatchEvent(new Event('samverka:session-active'));");
        var dialog = coordinator.awaitElement(By.cssSelector("dialog#session-warning[open]"), "the session warning");
        assertThat(dialog.getText()).contains(t("session.warning.title"), t("session.warning.stay"));
        var page = driver.getCurrentUrl();
        dialog.findElement(By.id("session-stay")).click();
        new WebDriverWait(driver, Browser.WAIT)
                .until(d -> t("session.warning.stayed")
                        .equals(d.findElement(By.id("live-status")).getText()));
        assertThat(driver.findElements(By.cssSelector("dialog#session-warning[open]")))
                .isEmpty();
        assertThat(driver.getCurrentUrl()).isEqualTo(page);
    }

    /** Fills in the phone intake form and returns the id of the new request, whose page the coordinator sees. */
    private String takePhoneRequest(Browser coordinator, Run run) {
        coordinator.clickToNewPage(By.cssSelector("header nav a[href='/samordning/telefon']"));
        assertThat(coordinator.heading()).isEqualTo(t("helprequest.phone.heading"));
        coordinator
                .fill("residentName", run.residentName)
                .fill(
                        "residentPhone",
                        // a number of its own: one with an open request would first show the same-number warning
                        "070" + java.util.concurrent.ThreadLocalRandom.current().nextInt(1_000_000, 10_000_000))
                .fill("streetAddress", run.streetAddress)
                .select("districtId", DISTRICT)
                .select("kind", "SHOPPING")
                .fill("description", "Mjölk, bröd och kaffe")
                .setValue("date", run.date.toString())
                .setValue("timeFrom", "10:00")
                .setValue("timeTo", "12:00")
                .fill("codeWord", run.codeWord);
        coordinator.clickToNewPage(submitOf("form[action$='/samordning/telefon']"));
        assertThat(coordinator.path()).matches("/samordning/arenden/[0-9a-f-]{36}");
        assertThat(coordinator.mainText()).contains(run.residentName, run.streetAddress, run.codeWord);
        return coordinator.path().substring("/samordning/arenden/".length());
    }

    /**
     * With JavaScript, htmx loads the suggestions into the request page in place of the "show suggested volunteers"
     * link; without it (or if the page has no htmx attribute) the coordinator follows the link. Either way the
     * offer lands on the suggestions page.
     */
    private void offerToTheVolunteer(Browser coordinator, Run run) {
        var section = coordinator.element(By.id("volunteers"));
        if (section.getDomAttribute("data-hx-get") != null) {
            coordinator.awaitElement(
                    By.cssSelector("#volunteers #volunteers-panel"),
                    "htmx never put the suggested volunteers into the request page (did GET .../volontarer fail?)");
            coordinator.checkAgain();
        } else {
            coordinator.clickToNewPage(By.cssSelector("#volunteers a[href$='/volontarer']"));
            assertThat(coordinator.path()).endsWith("/volontarer");
        }
        var label = coordinator.element(
                By.xpath("//form[@id='choose-form']//label[normalize-space(.)='" + run.volunteerName + "']"));
        coordinator.check(By.id(label.getDomAttribute("for")));
        coordinator.clickToNewPage(submitOf("#choose-form"));
        assertThat(coordinator.path()).endsWith("/volontarer");
        assertThat(coordinator.flash()).isEqualTo(t("task.offer.sent"));
        // a hand-picked call-out: the request page's call-out section shows it asking
        assertThat(coordinator.element(By.id("callout-active")).getText()).isNotBlank();
    }

    private void acceptOfferFromMail(Browser volunteer, Run run) {
        // hand-picked asks are call-out asks: the call-out's e-mail and answer page
        volunteer.open(awaitLinkInMail(run.volunteerEmail, "/utskick/svar/[A-Za-z0-9_-]+"));
        assertThat(volunteer.heading()).isEqualTo(t("callout.answer.title"));
        assertThat(volunteer.mainText()).contains(DISTRICT_NAME).doesNotContain(run.residentName);
        volunteer.clickToNewPage(submitOf("form[action$='/ja']"));
        assertThat(volunteer.heading()).isEqualTo(t("callout.answered.ACCEPTED.title"));
    }

    private void logInWithMailedLink(Browser volunteer, Run run) {
        volunteer.clickToNewPage(By.cssSelector("#main a[href*='/login']"));
        assertThat(volunteer.element(By.id("ott-username")).getDomProperty("value"))
                .isEqualTo(run.volunteerEmail);
        volunteer.clickToNewPage(submitOf("form[action$='/ott/generate']"));
        assertThat(volunteer.heading()).isEqualTo(t("login.linkSent.heading"));

        volunteer.open(awaitLinkInMail(run.volunteerEmail, "/login/ott\\?token=[A-Za-z0-9_-]+"));
        assertThat(volunteer.heading()).isEqualTo(t("login.confirm.heading"));
        volunteer.clickToNewPage(submitOf("form[action$='/login/ott']"));
        assertThat(volunteer.path()).isEqualTo("/mina-sidor");
    }

    private void markTaskDone(Browser volunteer, Run run) {
        var active = volunteer.element(By.id("active-heading")).findElement(By.xpath(".."));
        assertThat(active.getText()).contains(run.residentName, run.streetAddress, run.codeWord);
        volunteer.click(By.xpath("//summary[normalize-space(.)='" + t("task.my.markDone") + "']"));
        volunteer.fill("note", "Allt gick bra").fill("minutes", "45");
        volunteer.clickToNewPage(submitOf("form[action$='/klart']"));
        assertThat(volunteer.path()).isEqualTo("/mina-sidor");
        assertThat(volunteer.flash()).isEqualTo(t("task.task.doneThanks"));
        assertThat(volunteer
                        .element(By.id("active-heading"))
                        .findElement(By.xpath(".."))
                        .getText())
                .contains(t("task.my.noActive"))
                .doesNotContain(run.codeWord);
        assertThat(volunteer
                        .element(By.id("done-heading"))
                        .findElement(By.xpath(".."))
                        .getText())
                .contains(t("kind.SHOPPING"), DISTRICT_NAME);
    }

    private static By choice(String name, String value) {
        return By.cssSelector("input[name='" + name + "'][value='" + value + "']");
    }

    private static By submitOf(String formSelector) {
        return By.cssSelector(formSelector + " button[type='submit']");
    }

    private String t(String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    /** Names, addresses and dates of one run, unique so that runs and other tests never meet. */
    private static final class Run {

        final String language;
        final String suffix = UUID.randomUUID().toString().substring(0, 8);
        final String volunteerName;
        final String volunteerEmail;
        final String volunteerPhone =
                "070-" + (1_000_000 + ThreadLocalRandom.current().nextInt(9_000_000));
        final String residentName;
        final String streetAddress;
        final String codeWord;
        final LocalDate date = nextWeekday();

        Run(String language) {
            this.language = language;
            this.volunteerName = "Vera Volontär " + suffix;
            this.volunteerEmail = "vera." + suffix + "@example.se";
            this.residentName = "Rut Resident " + suffix;
            this.streetAddress = "Kyrkvägen " + (1 + ThreadLocalRandom.current().nextInt(99));
            this.codeWord = "Blåbär-" + suffix;
        }

        /** A weekday after today, when the volunteer says they are usually free in the daytime. */
        private static LocalDate nextWeekday() {
            var day = LocalDate.now(ZoneId.of("Europe/Stockholm")).plusDays(1);
            while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
                day = day.plusDays(1);
            }
            return day;
        }
    }
}
