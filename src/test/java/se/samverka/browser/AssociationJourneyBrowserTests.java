package se.samverka.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.samverka.TestVolunteer;
import se.samverka.account.AccountManagement;
import se.samverka.account.Role;

/**
 * The association journey of issue 4 in real browsers: an association applies, a coordinator approves it, its
 * representative logs in by the mailed link and publishes an effort with a shift, a volunteer signs up, the
 * shift is cancelled and the volunteer is told. Once in Swedish and once in English; axe-core on every page.
 */
class AssociationJourneyBrowserTests extends BrowserTestSupport {

    private static final String LOGIN_LINK = "/login/ott\\?token=[A-Za-z0-9_-]+";

    @Autowired
    MessageSource messages;

    @Autowired
    AccountManagement accounts;

    @Autowired
    JdbcClient jdbc;

    private Locale locale;

    @ParameterizedTest(name = "in {0}")
    @ValueSource(strings = {"sv", "en"})
    void anAssociationAppliesIsApprovedPublishesAShiftAVolunteerSignsUpAndIsToldOfTheCancellation(String language)
            throws Exception {
        locale = Locale.forLanguageTag(language);
        var query = "en".equals(language) ? "?lang=en" : "";
        var run = UUID.randomUUID().toString().substring(0, 8);
        var name = "Resans förening " + run;
        var chair = "ordforande." + run + "@example.se";

        // the association applies
        var association = newBrowser("association").expectLanguage(language);
        association.open("/foreningar/ansok" + query);
        association
                .fill("name", name)
                .check(By.cssSelector("input[name='form'][value='IDEELL_FORENING']"))
                .fill("orgNumber", orgNumber())
                .fill("purpose", "Vi hjälper äldre i Stenhamra med promenader och handling.")
                .check(By.cssSelector("input[name='districts'][value='stenhamra']"))
                .check(By.cssSelector("input[name='activities'][value='ELDERLY']"))
                .fill("email", "info." + run + "@example.se")
                .fill("contactName", "Olga Ordförande")
                .fill("contactEmail", chair);
        association.clickToNewPage(By.cssSelector("#main form button[type='submit']"));
        assertThat(association.path()).doesNotEndWith("/ansok");
        var orgId = jdbc.sql("SELECT id FROM organisation WHERE name = ?")
                .param(name)
                .query(UUID.class)
                .single();

        // a coordinator approves it
        var coordinator = newBrowser("coordinator").expectLanguage(language);
        var username = "vettare-" + run;
        accounts.createStaffAccount(username, "Hemligt-" + username, Role.COORDINATOR, "Vera Vettare");
        coordinator.open("/login" + query);
        coordinator.fill("username", username).fill("password", "Hemligt-" + username);
        coordinator.clickToNewPage(By.cssSelector("form[action$='/login'] button[type='submit']"));
        coordinator.open("/samordning/foreningar/" + orgId);
        assertThat(coordinator.mainText()).contains(name);
        coordinator.clickToNewPage(By.cssSelector("form[action$='/godkann'] button[type='submit']"));
        assertThat(jdbc.sql("SELECT status FROM organisation WHERE id = ?")
                        .param(orgId)
                        .query(String.class)
                        .single())
                .isEqualTo("APPROVED");

        // its representative logs in with the mailed link and publishes an effort with a shift
        association.open("/login" + query);
        association.fill("ott-username", chair);
        association.clickToNewPage(By.cssSelector("form[action$='/ott/generate'] button[type='submit']"));
        association.open(awaitLinkInMail(chair, LOGIN_LINK));
        association.clickToNewPage(By.cssSelector("form[action$='/login/ott'] button[type='submit']"));
        assertThat(association.path()).isEqualTo("/forening/" + orgId);
        association.open("/forening/" + orgId + "/insatser");
        association.clickToNewPage(By.id("new-effort"));
        var title = "Promenadvänner " + run;
        association
                .fill("title", title)
                .fill("description", "Promenader längs vattnet")
                .fill("targetGroup", "Äldre i Stenhamra")
                .setValue("periodStart", LocalDate.now().toString())
                .setValue("periodEnd", LocalDate.now().plusMonths(1).toString())
                .fill("contactName", "Olga")
                .fill("contactEmail", chair)
                .check(By.cssSelector("input[name='districts'][value='stenhamra']"));
        association.clickToNewPage(By.cssSelector("#main form button[type='submit']"));
        assertThat(association.heading()).isEqualTo(title);
        association.clickToNewPage(By.id("new-shift"));
        association
                .fill("title", "Förmiddagspromenad")
                .fill("place", "Stenhamra brygga")
                .fill("minVolunteers", "1")
                .fill("maxVolunteers", "3")
                .check(By.cssSelector("input[name='kinds'][value='OTHER_ERRAND']"));
        association.clickToNewPage(By.cssSelector("#main form button[type='submit']"));
        association.clickToNewPage(By.id("publish"));
        var effortPath = association.path();
        var effortId = jdbc.sql("SELECT id FROM effort WHERE title = ?")
                .param(title)
                .query(UUID.class)
                .single();

        // a volunteer finds it and signs up
        var volunteerEmail = "promenad." + run + "@example.se";
        volunteer("Vilma Volontär", volunteerEmail, language);
        var volunteer = newBrowser("volunteer").expectLanguage(language);
        volunteer.open("/login" + query);
        volunteer.fill("ott-username", volunteerEmail);
        volunteer.clickToNewPage(By.cssSelector("form[action$='/ott/generate'] button[type='submit']"));
        volunteer.open(awaitLinkInMail(volunteerEmail, LOGIN_LINK));
        volunteer.clickToNewPage(By.cssSelector("form[action$='/login/ott'] button[type='submit']"));
        volunteer.open("/insatser" + query);
        volunteer.clickToNewPage(By.linkText(title));
        assertThat(volunteer.element(By.id("shift-list")).getText()).contains("Förmiddagspromenad");
        volunteer.clickToNewPage(By.cssSelector("#shift-list form[action*='/anmal'] button[type='submit']"));
        assertThat(jdbc.sql("""
				SELECT s.status FROM effort_signup s JOIN effort_shift h ON h.id = s.shift_id
				WHERE h.effort_id = ? AND s.volunteer_id = (SELECT v.id FROM volunteer v WHERE v.email = ?)""")
                        .params(effortId, volunteerEmail)
                        .query(String.class)
                        .single())
                .isEqualTo("CONFIRMED");

        // the association cancels the shift; the volunteer is told
        association.open(effortPath);
        association.clickToNewPage(By.cssSelector("#shift-list a"));
        assertThat(association.element(By.id("roster")).getText()).contains("Vilma Volontär");
        association.clickToNewPage(By.id("cancel-shift"));
        assertThat(association.element(By.id("shift-cancelled")).getText()).isEqualTo(t("effort.shift.cancelled"));
        var cancelled = t("effort.mail.SHIFT_CANCELLED.subject", title, "Förmiddagspromenad");
        await().atMost(MAIL_TIMEOUT)
                .untilAsserted(() -> assertThat(mailsTo(volunteerEmail))
                        .anySatisfy(m -> assertThat(m).startsWith(cancelled)));
        volunteer.open("/mina-sidor/insatser");
        assertThat(volunteer.element(By.id("my-shifts")).getText())
                .contains("Förmiddagspromenad", t("effort.signup.status.CANCELLED"));
        assertThat(volunteer.driver().findElements(By.cssSelector("#my-shifts form[action*='/avanmal']")))
                .isEmpty();
    }

    /** A valid organisationsnummer (Luhn) that no other test uses: 80, a digit from 2, six random digits and the check digit. */
    private static String orgNumber() {
        // the third digit is at least 2 for legal persons
        var random = ThreadLocalRandom.current();
        var nine = "80" + random.nextInt(2, 10) + String.format("%06d", random.nextInt(1_000_000));
        for (int check = 0; check < 10; check++) {
            var candidate = nine + check;
            var sum = 0;
            for (int i = 0; i < 10; i++) {
                var d = candidate.charAt(i) - '0';
                if (i % 2 == 0) {
                    d *= 2;
                    if (d > 9) {
                        d -= 9;
                    }
                }
                sum += d;
            }
            if (sum % 10 == 0) {
                return candidate.substring(0, 6) + "-" + candidate.substring(6);
            }
        }
        throw new IllegalStateException();
    }

    private void volunteer(String name, String email, String language) {
        TestVolunteer.named(name)
                .in("stenhamra")
                .email(email)
                .locale(language)
                .kinds("OTHER_ERRAND")
                .insert(jdbc);
    }

    private String t(String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
