package se.samverka.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.samverka.TestVolunteer;
import se.samverka.account.AccountManagement;
import se.samverka.account.Role;
import se.samverka.collaboration.CollaborationBody;
import se.samverka.shared.EmailAddress;

/**
 * Each role walks every link of its own navigation, and a visitor the public pages, on a 320 px screen: besides
 * what every page gets ({@link Browser}: axe-core, no sideways scrolling at 320 px), each page with its menu open
 * must not scroll sideways at 320 px nor at 640 px (1280 px at 200 %), must show a focus indicator of at least 2 px
 * and 3:1 on everything focusable, form-control edges of at least 3:1 and buttons of at least 44 x 44 px. Problems are collected over the whole
 * walk, so one run names them all.
 */
class RolePagesOnPhoneBrowserTests extends BrowserTestSupport {

    private static final String LOGIN_LINK = "/login/ott\\?token=[A-Za-z0-9_-]+";
    private static final By MENU = By.cssSelector("header .site-menu > summary");
    private static final List<String> PUBLIC_EXTRAS =
            List.of("/", "/integritet", "/tillganglighet", "/foreningar", "/integritet/behandlingar");

    @Autowired
    AccountManagement accounts;

    @Autowired
    CollaborationBody collaborationBody;

    @Autowired
    JdbcClient jdbc;

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {"visitor", "volunteer", "coordinator", "admin", "coach", "representative", "dpo", "department"})
    void everyPageOfTheRolesNavigationFitsAPhoneAndShowsFocusAndControlEdges(String role) throws Exception {
        var browser = newBrowser(role);
        logIn(browser, role);

        var paths = new LinkedHashSet<String>(navigationLinks(browser));
        if ("visitor".equals(role)) {
            paths.addAll(PUBLIC_EXTRAS);
        }
        assertThat(paths).as("the navigation of " + role).isNotEmpty();

        var problems = new ArrayList<String>();
        for (var path : paths) {
            browser.open(path);
            problems.addAll(checkOnPhone(browser, path));
        }
        assertThat(problems)
                .as("what a phone user meets on the pages of " + role)
                .isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"visitor", "coordinator"})
    void theMenuFoldsOnAPhoneAndOpensWithoutJavaScript(String role) throws Exception {
        var browser = newBrowser(role);
        logIn(browser, role);
        var driver = browser.driver();
        SmallScreen.atWidth(driver, SmallScreen.PHONE_WIDTH);
        try {
            var firstLink = By.cssSelector("header nav a[href]");
            assertThat(driver.findElement(firstLink).isDisplayed())
                    .as("a link of the folded menu")
                    .isFalse();
            browser.click(MENU);
            assertThat(driver.findElement(firstLink).isDisplayed())
                    .as("a link of the opened menu")
                    .isTrue();
        } finally {
            SmallScreen.fullWidth(driver);
        }
        assertThat(driver.findElement(MENU).isDisplayed())
                .as("the menu button on a wide screen")
                .isFalse();
        assertThat(driver.findElement(By.cssSelector("header nav a[href]")).isDisplayed())
                .as("the menu's links on a wide screen")
                .isTrue();
    }

    @Test
    void theChecksFindAPageWiderThanAPhoneAFocusYouCannotSeeAndAFaintBorder() {
        var driver = newBrowser("self-check").driver();
        driver.get("data:text/html;charset=utf-8,<html lang='sv'><head><title>x</title><style>"
                + "a:focus{outline:none} input{border:1px solid %23ccc}</style></head><body><main>"
                + "<a href='/x'>Osynlig fokus</a><input id='faint' aria-label='Svag kant'>"
                + "<button style='padding:0;font-size:10px'>Liten</button>"
                + "<div style='width:900px'>Bred</div></main></body></html>");

        assertThat(SmallScreen.overflowAt(driver, SmallScreen.PHONE_WIDTH))
                .hasValueSatisfying(
                        overflow -> assertThat(overflow).contains("scrollWidth").contains("div"));
        assertThat(SmallScreen.focusProblems(driver))
                .anySatisfy(p -> assertThat(p).contains("Osynlig fokus"))
                .anySatisfy(p -> assertThat(p).contains("#faint"));
        assertThat(SmallScreen.borderProblems(driver))
                .singleElement()
                .satisfies(p -> assertThat(p).contains("#faint").contains("1.6"));
        assertThat(SmallScreen.targetProblems(driver))
                .singleElement()
                .satisfies(p -> assertThat(p).contains("Liten"));
    }

    private List<String> checkOnPhone(Browser browser, String path) {
        var driver = browser.driver();
        var problems = new ArrayList<String>();
        SmallScreen.atWidth(driver, SmallScreen.PHONE_WIDTH);
        try {
            browser.click(MENU);
            SmallScreen.overflowAt(driver, SmallScreen.PHONE_WIDTH)
                    .ifPresent(o -> problems.add(path + " with the menu open at 320 px: " + o));
            SmallScreen.atWidth(driver, SmallScreen.PHONE_WIDTH);
            SmallScreen.focusProblems(driver).forEach(p -> problems.add(path + " focus: " + p));
            SmallScreen.borderProblems(driver).forEach(p -> problems.add(path + " control edge: " + p));
            SmallScreen.targetProblems(driver).forEach(p -> problems.add(path + " touch target: " + p));
            SmallScreen.overflowAt(driver, SmallScreen.ZOOMED_WIDTH)
                    .ifPresent(o -> problems.add(path + " at 640 px: " + o));
        } finally {
            SmallScreen.fullWidth(driver);
        }
        return problems;
    }

    /** The paths of the header's links, without the language switch (it changes the language the pages must have). */
    @SuppressWarnings("unchecked")
    private static List<String> navigationLinks(Browser browser) {
        return (List<String>) browser.driver().executeScript("""
				return [...document.querySelectorAll('header nav a[href]:not([lang])')]
				  .map(a => new URL(a.href).pathname);""");
    }

    private void logIn(Browser browser, String role) throws Exception {
        var run = UUID.randomUUID().toString().substring(0, 8);
        switch (role) {
            case "visitor" -> browser.open("/");
            case "volunteer" ->
                linkLogin(
                        browser, TestVolunteer.named("Mona Mobil").insert(jdbc).email());
            case "representative" -> linkLogin(browser, representative(run));
            case "department" -> {
                collaborationBody.appoint("sof", "avd-" + run + "@example.se", "Dina Delegat", "Hemligt-" + run);
                passwordLogin(browser, "avd-" + run + "@example.se", "Hemligt-" + run);
            }
            default -> {
                var staffRole = switch (role) {
                    case "coordinator" -> Role.COORDINATOR;
                    case "admin" -> Role.ADMIN;
                    case "coach" -> Role.COACH;
                    case "dpo" -> Role.PRIVACY_OFFICER;
                    default -> throw new IllegalArgumentException(role);
                };
                accounts.createStaffAccount(role + "-" + run, "Hemligt-" + run, staffRole, "Mobil " + role);
                passwordLogin(browser, role + "-" + run, "Hemligt-" + run);
            }
        }
    }

    private static void passwordLogin(Browser browser, String username, String password) {
        browser.open("/login");
        browser.fill("username", username).fill("password", password);
        browser.clickToNewPage(By.cssSelector("form[action$='/login'] button[type='submit']"));
    }

    private static void linkLogin(Browser browser, String email) {
        browser.open("/login");
        browser.fill("ott-username", email);
        browser.clickToNewPage(By.cssSelector("form[action$='/ott/generate'] button[type='submit']"));
        browser.open(awaitLinkInMail(email, LOGIN_LINK));
        browser.clickToNewPage(By.cssSelector("form[action$='/login/ott'] button[type='submit']"));
    }

    /** An approved association whose administrator is a new representative; returns the representative's address. */
    private String representative(String run) {
        var organisation = UUID.randomUUID();
        var email = "mobil-" + run + "@example.se";
        var now = Timestamp.from(Instant.now());
        jdbc.sql("""
				INSERT INTO organisation (id, name, form, purpose, email, status, applied_at, confirmed_at)
				VALUES (?, ?, 'IDEELL_FORENING', 'Promenader', ?, 'APPROVED', ?, ?)""")
                .params(organisation, "Mobilföreningen " + run, "info-" + run + "@example.se", now, now)
                .update();
        var account =
                accounts.representativeAccount(EmailAddress.of(email), "Rut Representant", Locale.forLanguageTag("sv"));
        jdbc.sql("""
				INSERT INTO organisation_member (organisation_id, account_id, role, name, email, is_contact, added_at)
				VALUES (?, ?, 'ADMIN', 'Rut Representant', ?, TRUE, ?)""").params(organisation, account, email, now).update();
        return email;
    }
}
