package se.samverka.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.samverka.TestVolunteer;
import se.samverka.account.AccountManagement;
import se.samverka.account.Role;
import se.samverka.effort.Effort;
import se.samverka.effort.EffortStatus;
import se.samverka.effort.Efforts;
import se.samverka.effort.Shift;
import se.samverka.effort.SignupMode;
import se.samverka.helprequest.Channel;
import se.samverka.helprequest.HelpRequests;
import se.samverka.helprequest.NewHelpRequest;
import se.samverka.helprequest.PaymentMethod;
import se.samverka.helprequest.Recurrence;
import se.samverka.shared.HelpKind;
import se.samverka.shared.PhoneNumber;

/**
 * The print views on a 375 px phone, in Swedish and English: the coordinator's run sheet and a shift roster show
 * the "Skriv ut" button (the script reveals it), and printed (Chromium's emulated print media) they drop the header
 * menu, the footer, forms and buttons, and print their tables as tables. Every page valid and axe-clean.
 */
class PrintViewsBrowserTests extends BrowserTestSupport {

    @Autowired
    AccountManagement accounts;

    @Autowired
    HelpRequests helpRequests;

    @Autowired
    Efforts efforts;

    @Autowired
    JdbcClient jdbc;

    private static final String PRINTED = """
			const shown = s => { const e = document.querySelector(s); return !!e && getComputedStyle(e).display !== 'none'; };
			return { print: window.matchMedia('print').matches, header: shown('.site-header'), footer: shown('footer'),
			  nav: shown('nav'), form: shown('#main form'), button: shown('.print-button'),
			  table: document.querySelector('#main table') ? getComputedStyle(document.querySelector('#main table')).display : 'none',
			  main: shown('#main') };
			""";

    @Test
    void theRunSheetAndARosterPrintWithoutTheNavigationInBothLanguages() {
        var day = LocalDate.now().plusDays(1);
        var volunteer = TestVolunteer.named("Vera Utskrift")
                .in("stenhamra")
                .email("vera-" + UUID.randomUUID().toString().substring(0, 8) + "@example.se")
                .adult(true)
                .insert(jdbc);
        var request = helpRequests.submit(
                new NewHelpRequest(
                        "Greta Papper",
                        PhoneNumber.of("08-560 391 00"),
                        "Utskriftsvägen 1",
                        "stenhamra",
                        HelpKind.SHOPPING,
                        "Mjölk",
                        day,
                        LocalTime.of(10, 0),
                        LocalTime.of(11, 0),
                        Recurrence.ONE_OFF,
                        PaymentMethod.INVOICE,
                        "Hjortron",
                        null,
                        null,
                        Channel.PHONE,
                        null,
                        null,
                        null),
                "test");
        jdbc.sql("""
				INSERT INTO assignment (id, request_id, volunteer_id, status, active_request_id, via, assigned_at)
				VALUES (?, ?, ?, 'ACTIVE', ?, 'DIRECT', ?)""")
                .params(UUID.randomUUID(), request.id(), volunteer.id(), request.id(), Timestamp.from(Instant.now()))
                .update();
        jdbc.sql("UPDATE help_request SET status = 'ASSIGNED' WHERE id = ?")
                .param(request.id())
                .update();
        var effort = efforts.create(
                new Effort(
                        null,
                        null,
                        "sof",
                        "Utskriftsinsats",
                        "Beskrivning",
                        "Alla",
                        LocalDate.now(),
                        LocalDate.now().plusMonths(1),
                        "Kontakt Person",
                        "kontakt@example.se",
                        null,
                        EffortStatus.DRAFT,
                        List.of("stenhamra")),
                "test");
        efforts.publish(effort);
        var shift = efforts.addShifts(
                        new Shift(
                                null,
                                effort,
                                "Packning",
                                day,
                                LocalTime.of(8, 0),
                                LocalTime.of(9, 30),
                                "Utskriftshallen "
                                        + UUID.randomUUID().toString().substring(0, 4),
                                "stenhamra",
                                1,
                                3,
                                null,
                                false,
                                SignupMode.INSTANT,
                                false,
                                0,
                                List.of(HelpKind.SHOPPING)),
                        0)
                .get(0);
        jdbc.sql("""
				INSERT INTO effort_signup (id, shift_id, volunteer_id, status, active_shift_id, created_at, changed_at)
				VALUES (?, ?, ?, 'CONFIRMED', ?, ?, ?)""")
                .params(
                        UUID.randomUUID(),
                        shift,
                        volunteer.id(),
                        shift,
                        Timestamp.from(Instant.now()),
                        Timestamp.from(Instant.now()))
                .update();
        jdbc.sql("UPDATE effort_shift SET confirmed = 1 WHERE id = ?")
                .param(shift)
                .update();

        var username = "utskrift-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.createStaffAccount(username, "Hemligt-" + username, Role.COORDINATOR, "Sara Samordnare");
        var coordinator = newBrowser("coordinator").expectLanguage("sv");
        coordinator.open("/login");
        coordinator.fill("username", username).fill("password", "Hemligt-" + username);
        coordinator.clickToNewPage(By.cssSelector("form[action$='/login'] button[type='submit']"));

        coordinator.open("/samordning");
        coordinator.clickToNewPage(By.id("runsheet-link"));
        coordinator.select("omrade", "stenhamra").setValue("datum", day.toString());
        coordinator.clickToNewPage(By.cssSelector("#runsheet-filter button[type='submit']"));
        assertThat(coordinator.heading()).startsWith("Körlista för Stenhamra");
        assertThat(coordinator.element(By.id("runsheet-tasks")).getText())
                .contains("Greta Papper", "Utskriftsvägen 1", "Vera Utskrift", "Finns")
                .doesNotContain("Hjortron");
        assertThat(coordinator.element(By.id("runsheet-shifts")).getText()).contains("Utskriftsinsats – Packning");
        printed(coordinator, "run sheet");

        coordinator.open("/samordning/insatser/" + effort + "/pass/" + shift);
        assertThat(coordinator.element(By.id("roster")).getText()).contains("Vera Utskrift");
        printed(coordinator, "roster");

        // the roster leads to changing the shift; a size below those confirmed is a field error on a valid page
        coordinator.clickToNewPage(By.id("shift-edit-link"));
        coordinator.fill("maxVolunteers", "0");
        coordinator.clickToNewPage(By.cssSelector("#shift-edit-form button[type='submit']"));
        assertThat(coordinator.element(By.id("error-summary")).getText()).contains("1 volontär är redan bekräftad");
        coordinator.fill("maxVolunteers", "2").fill("place", "Nya utskriftshallen");
        coordinator.clickToNewPage(By.cssSelector("#shift-edit-form button[type='submit']"));
        assertThat(coordinator.flash()).isEqualTo("Passet är ändrat. En anmäld har fått veta vad som ändrats.");

        coordinator.expectLanguage("en");
        coordinator.open("/samordning/korlista?datum=" + day + "&omrade=stenhamra&lang=en");
        assertThat(coordinator.heading()).startsWith("Run sheet for Stenhamra");
        assertThat(coordinator.element(By.cssSelector(".print-button")).getText())
                .isEqualTo("Print");
        printed(coordinator, "run sheet (en)");
        coordinator.open("/samordning/insatser/" + effort + "/pass/" + shift);
        printed(coordinator, "roster (en)");
    }

    /** At 375 px the button shows; with print media emulated the page keeps its content and drops the rest. */
    @SuppressWarnings("unchecked")
    private static void printed(Browser browser, String page) {
        var driver = browser.driver();
        SmallScreen.atWidth(driver, 375);
        try {
            assertThat(browser.element(By.cssSelector(".print-button")).isDisplayed())
                    .as("the script shows the print button on the %s", page)
                    .isTrue();
            driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
            var state = (Map<String, Object>) driver.executeScript(PRINTED);
            assertThat(state)
                    .as("the %s as printed", page)
                    .containsEntry("print", true)
                    .containsEntry("header", false)
                    .containsEntry("footer", false)
                    .containsEntry("nav", false)
                    .containsEntry("form", false)
                    .containsEntry("button", false)
                    .containsEntry("table", "table")
                    .containsEntry("main", true);
        } finally {
            driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
            SmallScreen.fullWidth(driver);
        }
    }
}
