package se.samverka.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.assertj.core.api.Assertions;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import se.samverka.IntegrationTest;
import se.samverka.TestVolunteer;
import se.samverka.account.AccountManagement;
import se.samverka.account.Role;
import se.samverka.account.SamverkaUser;
import se.samverka.helprequest.Channel;
import se.samverka.helprequest.HelpRequests;
import se.samverka.helprequest.NewHelpRequest;
import se.samverka.helprequest.PaymentMethod;
import se.samverka.helprequest.Recurrence;
import se.samverka.shared.HelpKind;
import se.samverka.shared.PersonRef;
import se.samverka.shared.PhoneNumber;

/**
 * The audit log: what an entry holds, that the database keeps it append-only against the application's own
 * connection, and that the data-protection officer's search finds exactly the entries asked for.
 */
@IntegrationTest
class AuditLogTests {

    @Autowired
    AuditLog audit;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    @Autowired
    HelpRequests helpRequests;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Autowired
    Clock clock;

    @Autowired
    AccountManagement accounts;

    final String tag = UUID.randomUUID().toString().substring(0, 8);

    @AfterEach
    void logOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void anEntryNamesTheActorTheActionTheSubjectAndThePurpose() {
        var subject = PersonRef.volunteer(UUID.randomUUID());
        actAs("sara-" + tag + "@ekero.se");
        audit.record(AuditAction.VIEW, subject, "safeguarding.vetting", "checks");

        var row = jdbc.sql(
                        "SELECT actor, action, subject_kind, purpose, detail, occurred_at FROM audit_log WHERE subject_id = ?")
                .param(subject.id())
                .query((rs, i) -> List.of(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getTimestamp(6).toInstant().toString()))
                .single();
        assertThat(row.subList(0, 5))
                .containsExactly("sara-" + tag + "@ekero.se", "VIEW", "VOLUNTEER", "safeguarding.vetting", "checks");
        assertThat(Instant.parse(row.get(5))).isCloseTo(clock.instant(), Assertions.within(1, ChronoUnit.MINUTES));
    }

    @Test
    void withoutALoggedInUserTheActorIsSamverkaItself() {
        var subject = PersonRef.resident(UUID.randomUUID());
        audit.record(AuditAction.ERASE, subject, "consent.withdrawn", "risk_group");
        assertThat(jdbc.sql("SELECT actor FROM audit_log WHERE subject_id = ?")
                        .param(subject.id())
                        .query(String.class)
                        .single())
                .isEqualTo("system");
    }

    @Test
    void theApplicationsConnectionCannotChangeAnEntry() {
        var id = entry(PersonRef.volunteer(UUID.randomUUID()));
        assertRefused(() -> jdbc.sql("UPDATE audit_log SET purpose = 'changed' WHERE id = ?")
                .param(id)
                .update());
        assertThat(jdbc.sql("SELECT purpose FROM audit_log WHERE id = ?")
                        .param(id)
                        .query(String.class)
                        .single())
                .isEqualTo("help-request.handling");
    }

    @Test
    void theApplicationsConnectionCannotDeleteAFreshEntry() {
        var id = entry(PersonRef.volunteer(UUID.randomUUID()));
        assertRefused(
                () -> jdbc.sql("DELETE FROM audit_log WHERE id = ?").param(id).update());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE id = ?")
                        .param(id)
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void theApplicationsConnectionCannotTruncateTheLog() {
        entry(PersonRef.volunteer(UUID.randomUUID()));
        // inside a transaction that is rolled back whatever happens, so a missing guard cannot empty the shared log
        assertRefused(() -> new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
            status.setRollbackOnly();
            jdbc.sql("TRUNCATE audit_log").update();
        }));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_log")
                        .query(Integer.class)
                        .single())
                .isPositive();
    }

    @Test
    void anEntryOlderThanOneYearMayBeDeleted() {
        var subject = UUID.randomUUID();
        jdbc.sql("""
				INSERT INTO audit_log (occurred_at, actor, action, subject_kind, subject_id, purpose, detail)
				VALUES (?, 'gammal', 'VIEW', 'VOLUNTEER', ?, 'help-request.handling', NULL)""")
                .params(Timestamp.from(clock.instant().minus(400, ChronoUnit.DAYS)), subject)
                .update();
        assertThat(jdbc.sql("DELETE FROM audit_log WHERE subject_id = ?")
                        .param(subject)
                        .update())
                .isEqualTo(1);
    }

    @Test
    void theOfficerFindsExactlyTheEntriesOfAPersonAStaffMemberAndADateRange() throws Exception {
        var volunteerName = "Vilma Granskad" + tag;
        var volunteer = TestVolunteer.named(volunteerName).insert(jdbc);
        var residentName = "Rut Granskad" + tag;
        var residentPhone = "070" + ThreadLocalRandom.current().nextInt(1_000_000, 10_000_000);
        var request = helpRequests.submit(
                new NewHelpRequest(
                        residentName,
                        PhoneNumber.of(residentPhone),
                        "Gatan 1",
                        "ekero-centrum",
                        HelpKind.SHOPPING,
                        "Mjölk",
                        LocalDate.now(clock).plusDays(1),
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
        var staffA = "anna-" + tag + "@ekero.se";
        var staffB = "bo-" + tag + "@ekero.se";
        actAs(staffA);
        audit.record(AuditAction.VIEW, PersonRef.volunteer(volunteer.id()), "safeguarding.vetting", "checks");
        audit.record(AuditAction.CHANGE, PersonRef.resident(request.id()), "help-request.handling", "created");
        actAs(staffB);
        audit.record(AuditAction.VIEW, PersonRef.resident(request.id()), "help-request.handling", "request page");
        SecurityContextHolder.clearContext();
        jdbc.sql("""
				INSERT INTO audit_log (occurred_at, actor, action, subject_kind, subject_id, purpose, detail)
				VALUES (?, ?, 'VIEW', 'VOLUNTEER', ?, 'safeguarding.vetting', 'checks')""")
                .params(Timestamp.from(clock.instant().minus(10, ChronoUnit.DAYS)), staffB, volunteer.id())
                .update();
        var tenDaysAgo = LocalDate.now(clock.withZone(clock.getZone())).minusDays(10);

        var byVolunteer = search("person", volunteerName.toUpperCase());
        assertThat(byVolunteer.select("tr.audit-entry"))
                .hasSize(2)
                .allSatisfy(
                        row -> assertThat(row.select(".audit-person").text()).contains(volunteerName));
        // newest first, and the purpose in words
        assertThat(byVolunteer.select("tr.audit-entry").get(0).text())
                .contains(staffA)
                .contains("Kontroll av volontär");
        assertThat(byVolunteer.select("tr.audit-entry").get(1).text()).contains(staffB);

        var byPhone = search("person", residentPhone);
        assertThat(byPhone.select("tr.audit-entry"))
                .hasSize(2)
                .allSatisfy(
                        row -> assertThat(row.select(".audit-person").text()).contains(residentName));

        assertThat(search("actor", "anna-" + tag).select("tr.audit-entry")).hasSize(2);
        assertThat(search("person", "Granskad" + tag, "actor", "bo-" + tag).select("tr.audit-entry"))
                .hasSize(2);
        var byDates = search(
                "actor",
                "bo-" + tag,
                "from",
                tenDaysAgo.minusDays(1).toString(),
                "to",
                tenDaysAgo.plusDays(1).toString());
        assertThat(byDates.select("tr.audit-entry"))
                .singleElement()
                .satisfies(row -> assertThat(row.text()).contains(volunteerName));

        var nobody = search("person", "Ingen Alls" + tag);
        assertThat(nobody.select("tr.audit-entry")).isEmpty();
        assertThat(nobody.select("#audit-empty").text()).contains("Inga händelser matchar");
    }

    @Test
    void anEntryNamesTheStaffMemberByTheirAccountsDisplayName() throws Exception {
        var username = "namn-" + tag + "@ekero.se";
        accounts.createStaffAccount(username, "ett-langt-losenord", Role.COORDINATOR, "Nora Namngiven " + tag);
        actAs(username);
        audit.record(AuditAction.VIEW, PersonRef.volunteer(UUID.randomUUID()), "safeguarding.vetting", "checks");
        actAs("borta-" + tag + "@ekero.se");
        audit.record(AuditAction.VIEW, PersonRef.volunteer(UUID.randomUUID()), "safeguarding.vetting", "checks");
        SecurityContextHolder.clearContext();

        assertThat(search("actor", "namn-" + tag).select("tr.audit-entry"))
                .singleElement()
                .satisfies(row -> assertThat(row.text()).contains("Nora Namngiven " + tag, username));
        // an actor without an account is shown by the login name alone
        assertThat(search("actor", "borta-" + tag).select("tr.audit-entry"))
                .singleElement()
                .satisfies(
                        row -> assertThat(row.text()).contains("borta-" + tag).doesNotContain("Nora"));
    }

    @Test
    void aRangeEndingBeforeItStartsIsShownAsAnErrorWithEverythingKept() throws Exception {
        var page = search("person", "Någon" + tag, "from", "2026-11-20", "to", "2026-11-10");
        assertThat(page.select("#to-error").text()).isEqualTo("Slutdatumet kan inte vara före startdatumet");
        assertThat(page.select("#error-summary a[href=#to-field]")).hasSize(1);
        assertThat(page.select("input[name=person]").val()).isEqualTo("Någon" + tag);
        assertThat(page.select("input[name=from]").val()).isEqualTo("2026-11-20");
    }

    @Test
    void onlyThePrivacyOfficerAndTheAdministratorReadTheLog() throws Exception {
        for (var role : List.of("VOLUNTEER", "COORDINATOR", "COACH", "REPRESENTATIVE")) {
            mvc.perform(get("/dataskydd").with(as("u-" + tag, role))).andExpect(status().isForbidden());
            mvc.perform(post("/dataskydd")
                            .with(as("u-" + tag, role))
                            .with(csrf())
                            .param("person", "x"))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(get("/dataskydd").with(as("dpo-" + tag, "PRIVACY_OFFICER"))).andExpect(status().isOk());
        mvc.perform(get("/dataskydd").with(as("admin-" + tag, "ADMIN"))).andExpect(status().isOk());
        mvc.perform(get("/admin/dataskyddsombud").with(as("dpo-" + tag, "PRIVACY_OFFICER")))
                .andExpect(status().isForbidden());
    }

    @Test
    void anAdministratorCreatesAPrivacyOfficerWhoCanThenLogIn() throws Exception {
        var admin = as("admin-" + tag, "ADMIN");
        var rejected = Jsoup.parse(mvc.perform(post("/admin/dataskyddsombud")
                        .with(admin)
                        .with(csrf())
                        .param("username", "inte-en-adress")
                        .param("name", "Dora " + tag)
                        .param("password", "kort"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(rejected.select("#username-error").text()).isEqualTo("Skriv en e-postadress som namn@exempel.se");
        assertThat(rejected.select("#password-error").text()).contains("12");
        assertThat(rejected.select("input[name=name]").val()).isEqualTo("Dora " + tag);

        var username = "dora-" + tag + "@ekero.se";
        mvc.perform(post("/admin/dataskyddsombud")
                        .with(admin)
                        .with(csrf())
                        .param("username", username)
                        .param("name", "Dora " + tag)
                        .param("password", "ett-langt-losenord"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("SELECT role FROM account WHERE username = ?")
                        .param(username)
                        .query(String.class)
                        .single())
                .isEqualTo("PRIVACY_OFFICER");
        var list = Jsoup.parse(mvc.perform(get("/admin/dataskyddsombud").with(admin))
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(list.select("#officers li").eachText()).contains("Dora " + tag);
    }

    private Document search(String... params) throws Exception {
        MockHttpServletRequestBuilder request =
                post("/dataskydd").with(as("admin-" + tag, "ADMIN")).with(csrf());
        for (int i = 0; i < params.length; i += 2) {
            request = request.param(params[i], params[i + 1]);
        }
        return Jsoup.parse(mvc.perform(request)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    }

    private long entry(PersonRef subject) {
        audit.record(AuditAction.VIEW, subject, "help-request.handling", null);
        return jdbc.sql("SELECT id FROM audit_log WHERE subject_id = ?")
                .param(subject.id())
                .query(Long.class)
                .single();
    }

    private static RequestPostProcessor as(String username, String role) {
        var user = new SamverkaUser(UUID.randomUUID(), username, "{noop}x", Role.valueOf(role), "Test " + role, true);
        return authentication(new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
    }

    private static void actAs(String username) {
        SecurityContextHolder.getContext()
                .setAuthentication(new UsernamePasswordAuthenticationToken(username, null, List.of()));
    }

    /** The PostgreSQL trigger's own refusal, not some other failure. */
    private static void assertRefused(Runnable statement) {
        assertThatThrownBy(statement::run)
                .isInstanceOf(DataAccessException.class)
                .satisfies(e -> {
                    var cause = (SQLException) ((DataAccessException) e).getMostSpecificCause();
                    assertThat(cause.getMessage()).contains("audit_log is append-only");
                    assertThat(cause.getSQLState()).isEqualTo("42501");
                });
    }
}
