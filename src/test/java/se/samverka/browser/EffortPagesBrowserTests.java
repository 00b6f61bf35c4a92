package se.samverka.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import se.samverka.account.AccountManagement;
import se.samverka.account.Role;

/**
 * A municipal coordinator creates an effort (through its errors), adds a shift (through its errors), publishes
 * it and opens the roster; a visitor finds it in the public listing. Every page axe-clean.
 */
class EffortPagesBrowserTests extends BrowserTestSupport {

    @Autowired
    AccountManagement accounts;

    @Test
    void aCoordinatorPublishesAnEffortWithAShiftAndAVisitorFindsIt() {
        var username = "insats-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.createStaffAccount(username, "Hemligt-" + username, Role.COORDINATOR, "Sara Samordnare");
        var coordinator = newBrowser("coordinator").expectLanguage("sv");
        coordinator.open("/login");
        coordinator.fill("username", username).fill("password", "Hemligt-" + username);
        coordinator.clickToNewPage(By.cssSelector("form[action$='/login'] button[type='submit']"));

        coordinator.open("/samordning/insatser");
        assertThat(coordinator.heading()).isEqualTo("Insatser");
        coordinator.clickToNewPage(By.id("new-effort"));
        coordinator.fill("title", "Webbläsarinsats");
        coordinator.clickToNewPage(By.cssSelector("#main form button[type='submit']"));
        assertThat(coordinator.element(By.id("error-summary")).getText()).contains("Välj vilken förvaltning");
        assertThat(coordinator.element(By.id("title")).getDomProperty("value")).isEqualTo("Webbläsarinsats");

        var title = "Webbläsarinsats " + UUID.randomUUID().toString().substring(0, 6);
        coordinator
                .select("departmentId", "kff")
                .fill("title", title)
                .fill("description", "Vi ses i parken")
                .fill("targetGroup", "Alla")
                .setValue("periodStart", LocalDate.now().toString())
                .setValue("periodEnd", LocalDate.now().plusMonths(1).toString())
                .fill("contactName", "Sara")
                .fill("contactEmail", "sara@example.se")
                .check(By.cssSelector("input[name='districts'][value='stenhamra']"));
        coordinator.clickToNewPage(By.cssSelector("#main form button[type='submit']"));
        assertThat(coordinator.heading()).isEqualTo(title);

        coordinator.clickToNewPage(By.id("new-shift"));
        coordinator
                .fill("title", "Parkstädning")
                .fill("place", "Parken")
                .fill("minVolunteers", "3")
                .fill("maxVolunteers", "2")
                .check(By.cssSelector("input[name='kinds'][value='OTHER_ERRAND']"));
        coordinator.clickToNewPage(By.cssSelector("#main form button[type='submit']"));
        assertThat(coordinator.element(By.id("error-summary")).getText())
                .contains("Högsta antalet kan inte vara mindre än minsta antalet");
        coordinator.fill("maxVolunteers", "4");
        coordinator.clickToNewPage(By.cssSelector("#main form button[type='submit']"));
        assertThat(coordinator.flash()).isEqualTo("Antal pass som lades till: 1");

        coordinator.clickToNewPage(By.id("publish"));
        assertThat(coordinator.element(By.id("effort-status")).getText()).isEqualTo("Publicerad");
        coordinator.clickToNewPage(By.cssSelector("#shift-list a"));
        assertThat(coordinator.heading()).isEqualTo("Parkstädning");
        assertThat(coordinator.element(By.id("shift-places")).getText()).isEqualTo("4 av 4 platser kvar");
        coordinator.open("/samordning/insatser/volontarer");

        var visitor = newBrowser("visitor").expectLanguage("sv");
        visitor.open("/insatser?omrade=stenhamra&typ=OTHER_ERRAND");
        assertThat(visitor.mainText()).contains(title);
        visitor.clickToNewPage(By.linkText(title));
        assertThat(visitor.element(By.id("shift-list")).getText()).contains("Parkstädning", "4 av 4 platser kvar");
        visitor.open("/insatser?omrade=stenhamra&typ=TRANSPORT&datum=2000-01-01");
        assertThat(visitor.element(By.id("efforts-empty")).getText()).startsWith("Inga insatser");
    }
}
