package se.samverka.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import se.samverka.account.AccountManagement;
import se.samverka.account.Role;
import se.samverka.audit.AuditAction;
import se.samverka.audit.AuditLog;
import se.samverka.helprequest.Channel;
import se.samverka.helprequest.HelpRequests;
import se.samverka.helprequest.NewHelpRequest;
import se.samverka.helprequest.PaymentMethod;
import se.samverka.helprequest.Recurrence;
import se.samverka.shared.HelpKind;
import se.samverka.shared.PersonRef;
import se.samverka.shared.PhoneNumber;

/** An administrator searches the audit log for a resident, in both languages; each page axe-clean. */
class AuditBrowserTests extends BrowserTestSupport {

    @Autowired
    MessageSource messages;

    @Autowired
    AccountManagement accounts;

    @Autowired
    HelpRequests helpRequests;

    @Autowired
    AuditLog audit;

    private Locale locale;

    @ParameterizedTest(name = "in {0}")
    @ValueSource(strings = {"sv", "en"})
    void administratorFindsTheEntriesOfAResident(String language) {
        locale = Locale.forLanguageTag(language);
        var tag = UUID.randomUUID().toString().substring(0, 8);
        var residentName = "Rut Loggad " + tag;
        var request = helpRequests.submit(
                new NewHelpRequest(
                        residentName,
                        PhoneNumber.of("08-560 391 00"),
                        "Gatan 2",
                        "ekero-centrum",
                        HelpKind.SHOPPING,
                        "Mjölk",
                        LocalDate.now().plusDays(1),
                        LocalTime.of(10, 0),
                        LocalTime.of(12, 0),
                        Recurrence.ONE_OFF,
                        PaymentMethod.INVOICE,
                        "Kod",
                        null,
                        null,
                        Channel.PHONE,
                        null,
                        null,
                        null),
                "test");
        var staff = "sara-" + tag + "@ekero.se";
        SecurityContextHolder.getContext()
                .setAuthentication(new UsernamePasswordAuthenticationToken(staff, null, List.of()));
        try {
            audit.record(AuditAction.CHANGE, PersonRef.resident(request.id()), "help-request.handling", "created");
            audit.record(AuditAction.VIEW, PersonRef.resident(request.id()), "help-request.handling", "request page");
        } finally {
            SecurityContextHolder.clearContext();
        }
        var username = "admin-" + tag;
        accounts.createStaffAccount(username, "Hemligt-" + username, Role.ADMIN, "Ada Admin");
        var admin = newBrowser("admin").expectLanguage(language);
        admin.open("/login" + ("en".equals(language) ? "?lang=en" : ""));
        admin.fill("username", username).fill("password", "Hemligt-" + username);
        admin.clickToNewPage(By.cssSelector("form[action$='/login'] button[type='submit']"));

        admin.open("/dataskydd");
        assertThat(admin.heading()).isEqualTo(t("audit.log.heading"));

        admin.fill("person", residentName);
        admin.clickToNewPage(By.cssSelector("#audit-search button[type='submit'][value='1']"));
        assertThat(admin.heading()).isEqualTo(t("audit.log.heading"));
        var rows = admin.driver().findElements(By.cssSelector("tr.audit-entry"));
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).getText())
                .contains(residentName)
                .contains(t("audit.action.VIEW"))
                .contains(t("audit.purpose.help-request.handling"))
                .contains(staff);
        assertThat(rows.get(1).getText()).contains(t("audit.action.CHANGE"));

        admin.fill("person", "Ingen Alls " + tag);
        admin.clickToNewPage(By.cssSelector("#audit-search button[type='submit'][value='1']"));
        assertThat(admin.element(By.id("audit-empty")).getText()).isEqualTo(t("audit.results.none"));
    }

    private String t(String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
