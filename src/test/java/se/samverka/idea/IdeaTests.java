package se.samverka.idea;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import se.samverka.IntegrationTest;
import se.samverka.Settled;
import se.samverka.account.AccountManagement;
import se.samverka.account.Role;
import se.samverka.account.SamverkaUser;
import se.samverka.district.Districts;

@IntegrationTest
class IdeaTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AccountManagement accounts;

    @Autowired
    Districts districts;

    @Autowired
    Ideas ideas;

    @Autowired
    IdeaQueries queries;

    @Autowired
    NextStepReminders reminders;

    @Autowired
    IdeaLaunch launch;

    static String unique(String what) {
        return what + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    static String email(String who) {
        return who + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }

    SamverkaUser coach(String name) {
        var username = email("coach");
        var id = accounts.createStaffAccount(username, "ett långt lösenord", Role.COACH, name);
        return new SamverkaUser(id, username, "x", Role.COACH, name, true);
    }

    static UsernamePasswordAuthenticationToken as(SamverkaUser user) {
        return new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities());
    }

    static MockHttpServletRequestBuilder idea(String title, String email, String district, String... help) {
        var post = post("/ideer/ny")
                .param("title", title)
                .param("description", "Läxhjälp för mellanstadiebarn två kvällar i veckan.")
                .param("forWhom", "Barn i årskurs 4–6")
                .param("districts", district)
                .param("name", "Ida Idébärare")
                .param("email", email)
                .param("phone", "070-123 45 67")
                .param("organisation", "Stenhamra IF")
                .param("consent", "true");
        for (var h : help) {
            post.param("help", h);
        }
        return post;
    }

    UUID ideaId(String title) {
        return jdbc.sql("SELECT id FROM idea WHERE title = ?")
                .param(title)
                .query(UUID.class)
                .single();
    }

    List<String> mails(String email) {
        return jdbc.sql("SELECT subject || '\n' || body FROM outbox_message WHERE recipient = ? ORDER BY created_at")
                .param(email)
                .query(String.class)
                .list();
    }

    @Test
    void aResidentSubmitsAnIdeaAndGetsAReceipt() throws Exception {
        var page = mvc.perform(get("/ideer/ny"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains("Har du en idé?")
                .contains("Coachning")
                .contains("Lokaler")
                .contains("Stenhamra");
        assertThat(mvc.perform(get("/ideer/ny").param("lang", "en"))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("Got an idea?")
                .contains("Premises")
                .contains("Volunteers");

        var title = unique("Läxhjälp i Stenhamra");
        var submitter = email("ida");
        mvc.perform(idea(title, submitter, "stenhamra", "COACHING", "PREMISES").with(csrf()))
                .andExpect(redirectedUrl("/ideer/tack"));

        var row = jdbc.sql("""
				SELECT stage, submitter_phone, organisation_name, coach_id IS NULL, consent_at IS NOT NULL
				FROM idea WHERE title = ?""")
                .param(title)
                .query((rs, n) -> rs.getString(1) + "/" + rs.getString(2) + "/" + rs.getString(3) + "/"
                        + rs.getBoolean(4) + "/" + rs.getBoolean(5))
                .single();
        assertThat(row).isEqualTo("NEW/+46701234567/Stenhamra IF/true/true");
        var id = ideaId(title);
        assertThat(jdbc.sql("SELECT help FROM idea_help WHERE idea_id = ? ORDER BY help")
                        .param(id)
                        .query(String.class)
                        .list())
                .containsExactly("COACHING", "PREMISES");
        assertThat(jdbc.sql("SELECT district_id FROM idea_district WHERE idea_id = ?")
                        .param(id)
                        .query(String.class)
                        .list())
                .containsExactly("stenhamra");

        await().atMost(Duration.ofSeconds(10)).until(() -> !mails(submitter).isEmpty());
        assertThat(mails(submitter))
                .singleElement()
                .asString()
                .contains("Vi har tagit emot din idé: " + title)
                .contains("Hej Ida Idébärare!");
        assertThat(mvc.perform(get("/ideer/tack")).andReturn().getResponse().getContentAsString())
                .contains("Tack för din idé!");
    }

    @Test
    void withoutConsentOrWithBadInputTheIdeaIsRefusedAndNothingTypedIsLost() throws Exception {
        var title = unique("Bytardag");
        var page = mvc.perform(post("/ideer/ny")
                        .param("title", title)
                        .param("description", "Läxhjälp för mellanstadiebarn.")
                        .param("forWhom", "Barn")
                        .param("districts", "stenhamra")
                        .param("help", "FUNDING")
                        .param("name", "Ida")
                        .param("email", email("ida"))
                        .param("phone", "inte ett nummer")
                        .with(csrf()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains("Vi behöver ditt samtycke")
                .contains("Skriv ett telefonnummer")
                .contains("value=\"" + title + "\"")
                .contains("value=\"inte ett nummer\"")
                .contains("L&auml;xhj&auml;lp f&ouml;r mellanstadiebarn.");
        var noEmail = mvc.perform(post("/ideer/ny")
                        .param("title", title)
                        .param("email", "inte-en-adress")
                        .param("districts", "okänt-område")
                        .param("help", "MONEY")
                        .with(csrf()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(noEmail)
                .contains("Skriv en e-postadress som")
                .contains("Beskriv idén")
                .contains("Välj områden i listan")
                .contains("Välj hjälp i listan")
                .contains("value=\"inte-en-adress\"");
        assertThat(jdbc.sql("SELECT count(*) FROM idea WHERE title = ?")
                        .param(title)
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void onlyCoachesAndAdminsReachIdelabbet() throws Exception {
        mvc.perform(get("/idelabbet")).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/idelabbet/ideer")).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/idelabbet").with(user("vol@example.org").roles("VOLUNTEER")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/idelabbet/tavla").with(user("samordnare").roles("COORDINATOR")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/idelabbet").with(user("foretradare@example.org").roles("REPRESENTATIVE")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/idelabbet/ideer").with(user("admin").roles("ADMIN"))).andExpect(status().isOk());
        mvc.perform(get("/idelabbet").with(authentication(as(coach("Cilla Coach")))))
                .andExpect(status().isOk());
        mvc.perform(get("/admin/coacher").with(authentication(as(coach("Cilla Coach")))))
                .andExpect(status().isForbidden());
    }

    @Test
    void aCoachTakesAnIdeaOnAndMovesItThroughTwoStagesWithASessionAndANextStep() throws Exception {
        var title = unique("Språkcafé");
        mvc.perform(idea(title, email("ida"), "stenhamra", "CONTACTS").with(csrf()));
        var id = ideaId(title);
        var coach = coach("Cilla Coach");
        var other = coach("Otto Coach");

        assertThat(mvc.perform(get("/idelabbet").with(authentication(as(coach))))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains(title);
        mvc.perform(post("/idelabbet/ideer/" + id + "/ta").with(csrf()).with(authentication(as(coach))))
                .andExpect(redirectedUrl("/idelabbet/ideer/" + id));
        mvc.perform(post("/idelabbet/ideer/" + id + "/ta").with(csrf()).with(authentication(as(other))))
                .andExpect(redirectedUrl("/idelabbet/ideer/" + id));
        assertThat(jdbc.sql("SELECT coach_id FROM idea WHERE id = ?")
                        .param(id)
                        .query(UUID.class)
                        .single())
                .isEqualTo(coach.accountId());
        var inbox = mvc.perform(get("/idelabbet").with(authentication(as(coach))))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(inbox).contains("Mina idéer (1)").contains(title);

        mvc.perform(post("/idelabbet/ideer/" + id + "/steg")
                        .param("stage", "FIRST_CONVERSATION")
                        .with(csrf())
                        .with(authentication(as(coach))))
                .andExpect(redirectedUrl("/idelabbet/ideer/" + id));

        // a next step without an owner is refused next to the field, the rest kept
        var refused = mvc.perform(post("/idelabbet/ideer/" + id + "/samtal")
                        .param("heldOn", "2026-11-20")
                        .param("notes", "Första samtalet på biblioteket.")
                        .param("step1", "Fråga kyrkan om lokal")
                        .param("due1", "2026-12-01")
                        .with(csrf())
                        .with(authentication(as(coach))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(refused)
                .contains("Skriv vem som är ansvarig för steget")
                .contains("id=\"owner1-error\"")
                .contains("value=\"Fr&aring;ga kyrkan om lokal\"")
                .contains("F&ouml;rsta samtalet p&aring; biblioteket.");
        assertThat(jdbc.sql("SELECT count(*) FROM idea_session WHERE idea_id = ?")
                        .param(id)
                        .query(Integer.class)
                        .single())
                .isZero();

        mvc.perform(post("/idelabbet/ideer/" + id + "/samtal")
                        .param("heldOn", "2026-11-20")
                        .param("notes", "Första samtalet på biblioteket.")
                        .param("step1", "Fråga kyrkan om lokal")
                        .param("owner1", "Ida")
                        .param("due1", "2026-12-01")
                        .with(csrf())
                        .with(authentication(as(coach))))
                .andExpect(redirectedUrl("/idelabbet/ideer/" + id));
        mvc.perform(post("/idelabbet/ideer/" + id + "/steg")
                        .param("stage", "DEVELOPING")
                        .with(csrf())
                        .with(authentication(as(coach))))
                .andExpect(redirectedUrl("/idelabbet/ideer/" + id));

        assertThat(jdbc.sql("SELECT stage FROM idea_stage_change WHERE idea_id = ? ORDER BY changed_at")
                        .param(id)
                        .query(String.class)
                        .list())
                .containsExactly("FIRST_CONVERSATION", "DEVELOPING");
        var page = mvc.perform(get("/idelabbet/ideer/" + id).with(authentication(as(coach))))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains("Utvecklas")
                .contains("Cilla Coach")
                .contains("Fråga kyrkan om lokal")
                .contains("2026-12-01")
                .contains("Ida");
    }

    @Test
    void closingNeedsAnOutcome() throws Exception {
        var title = unique("Cykelkök");
        mvc.perform(idea(title, email("ida"), "stenhamra", "PREMISES").with(csrf()));
        var id = ideaId(title);
        var coach = coach("Cilla Coach");
        var page = mvc.perform(post("/idelabbet/ideer/" + id + "/steg")
                        .param("stage", "CLOSED")
                        .param("outcome", " ")
                        .with(csrf())
                        .with(authentication(as(coach))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("Skriv utfallet när idén avslutas");
        assertThat(jdbc.sql("SELECT stage FROM idea WHERE id = ?")
                        .param(id)
                        .query(String.class)
                        .single())
                .isEqualTo("NEW");
        mvc.perform(post("/idelabbet/ideer/" + id + "/steg")
                        .param("stage", "NOT_A_STAGE")
                        .with(csrf())
                        .with(authentication(as(coach))))
                .andExpect(status().isOk());
        mvc.perform(post("/idelabbet/ideer/" + id + "/steg")
                        .param("stage", "CLOSED")
                        .param("outcome", "Föreningen tog över idén.")
                        .with(csrf())
                        .with(authentication(as(coach))))
                .andExpect(redirectedUrl("/idelabbet/ideer/" + id));
        assertThat(jdbc.sql("SELECT stage || '/' || outcome FROM idea WHERE id = ?")
                        .param(id)
                        .query(String.class)
                        .single())
                .isEqualTo("CLOSED/Föreningen tog över idén.");
    }

    @Test
    void theCoachIsRemindedOfADueNextStepOnce() throws Exception {
        var since = Settled.now();
        var title = unique("Trädgårdsgrupp");
        mvc.perform(idea(title, email("ida"), "stenhamra", "VOLUNTEERS").with(csrf()));
        var id = ideaId(title);
        var coach = coach("Rut Påminnelse");
        ideas.takeOn(id, coach.accountId());
        var today = queries.today();
        ideas.addSession(
                id,
                today.minusDays(7),
                "Samtal",
                coach.accountId(),
                List.of(
                        new NextStep("Boka lokal", "Ida", today.minusDays(1)),
                        new NextStep("Söka bidrag", "Coachen", today.plusDays(5))));

        reminders.remindDueSteps();
        reminders.remindDueSteps();
        await().atMost(Duration.ofSeconds(10))
                .until(() -> !mails(coach.username()).isEmpty());
        Settled.since(jdbc, since); // nothing more is on its way
        assertThat(mails(coach.username()))
                .singleElement()
                .asString()
                .contains("Ett nästa steg är dags: " + title)
                .contains("Boka lokal")
                .contains("Ansvarig: Ida")
                .doesNotContain("Söka bidrag");
        assertThat(jdbc.sql("SELECT count(*) FROM idea_step WHERE idea_id = ? AND reminded_at IS NULL")
                        .param(id)
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void theListFiltersByCoachStageDistrictAndHelp() throws Exception {
        var north = districts.save(null, unique("Idéby"), 660000, 6580000, 950, Set.of());
        var south = districts.save(null, unique("Idéstad"), 661000, 6581000, 951, Set.of());
        var a = unique("Idé A");
        var b = unique("Idé B");
        var c = unique("Idé C");
        mvc.perform(idea(a, email("a"), north, "COACHING").with(csrf()));
        mvc.perform(idea(b, email("b"), north, "FUNDING").with(csrf()));
        mvc.perform(idea(c, email("c"), south, "FUNDING").with(csrf()));
        var coach = coach("Filip Filter");
        ideas.takeOn(ideaId(b), coach.accountId());
        ideas.moveTo(ideaId(c), "SEEKING_FUNDING", "", "test");

        assertThat(list("district=" + north)).contains(a, b).doesNotContain(c);
        assertThat(list("district=" + north + "&help=FUNDING")).contains(b).doesNotContain(a, c);
        assertThat(list("coach=" + coach.accountId())).contains(b).doesNotContain(a, c);
        assertThat(list("stage=SEEKING_FUNDING&help=FUNDING")).contains(c).doesNotContain(a, b);
        assertThat(list("district=" + south + "&stage=NEW"))
                .doesNotContain(a, b, c, "<table")
                .contains("Inga idéer matchar");
        var board = mvc.perform(get("/idelabbet/tavla").with(user("admin").roles("ADMIN")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(board).contains("Söker finansiering").contains(c);
    }

    String list(String query) throws Exception {
        return mvc.perform(get("/idelabbet/ideer?" + query).with(user("admin").roles("ADMIN")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    @Test
    void peopleOrganisationsAndFundingAreRecorded() throws Exception {
        var title = unique("Musikcafé");
        mvc.perform(idea(title, email("ida"), "stenhamra", "FUNDING").with(csrf()));
        var id = ideaId(title);
        var coach = coach("Cilla Coach");
        mvc.perform(post("/idelabbet/ideer/" + id + "/parter")
                        .param("name", "Kalle Kantor")
                        .param("part", "Musiker")
                        .with(csrf())
                        .with(authentication(as(coach))))
                .andExpect(redirectedUrl("/idelabbet/ideer/" + id));
        mvc.perform(post("/idelabbet/ideer/" + id + "/parter")
                        .param("organisationId", UUID.randomUUID().toString())
                        .with(csrf())
                        .with(authentication(as(coach))))
                .andExpect(status().isOk());
        var bad = mvc.perform(post("/idelabbet/ideer/" + id + "/finansiering")
                        .param("source", "Arvsfonden")
                        .param("amount", "mycket")
                        .param("status", "APPLIED")
                        .with(csrf())
                        .with(authentication(as(coach))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(bad).contains("Skriv beloppet i hela kronor").contains("value=\"mycket\"");
        mvc.perform(post("/idelabbet/ideer/" + id + "/finansiering")
                        .param("source", "Arvsfonden")
                        .param("amount", "150 000")
                        .param("status", "GRANTED")
                        .with(csrf())
                        .with(authentication(as(coach))))
                .andExpect(redirectedUrl("/idelabbet/ideer/" + id));
        var page = mvc.perform(get("/idelabbet/ideer/" + id).with(authentication(as(coach))))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains("Kalle Kantor")
                .contains("Musiker")
                .contains("Arvsfonden")
                .contains("150000 kr")
                .contains("Beviljad");
    }

    @Test
    void aLaunchedIdeaBecomesADraftEffortInOneStepAndKeepsTheLink() throws Exception {
        var title = unique("Seniorgympa");
        mvc.perform(idea(title, email("ida"), "stenhamra", "VOLUNTEERS").with(csrf()));
        var id = ideaId(title);
        var coach = coach("Cilla Coach");
        var department = jdbc.sql("SELECT id FROM department WHERE active ORDER BY sort_order LIMIT 1")
                .query(String.class)
                .single();
        var path = "/idelabbet/ideer/" + id + "/insats";

        // not launched yet: no effort
        mvc.perform(post(path)
                        .param("owner", "dep:" + department)
                        .param("periodStart", "2027-01-01")
                        .param("periodEnd", "2027-06-30")
                        .with(csrf())
                        .with(authentication(as(coach))))
                .andExpect(redirectedUrl("/idelabbet/ideer/" + id));
        assertThat(efforts(title)).isZero();

        ideas.moveTo(id, "LAUNCHED", "", "test");
        assertThat(mvc.perform(get("/idelabbet/ideer/" + id).with(authentication(as(coach))))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("Gör idén till en insats");
        var bad = mvc.perform(post(path)
                        .param("owner", "")
                        .param("periodStart", "2027-06-30")
                        .param("periodEnd", "2027-01-01")
                        .with(csrf())
                        .with(authentication(as(coach))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(bad)
                .contains("Välj vem som driver insatsen")
                .contains("Slutdatum kan inte vara före startdatum")
                .contains("value=\"2027-06-30\"");
        assertThat(efforts(title)).isZero();

        for (int i = 0; i < 2; i++) {
            mvc.perform(post(path)
                            .param("owner", "dep:" + department)
                            .param("periodStart", "2027-01-01")
                            .param("periodEnd", "2027-06-30")
                            .with(csrf())
                            .with(authentication(as(coach))))
                    .andExpect(redirectedUrl("/idelabbet/ideer/" + id));
        }
        assertThat(efforts(title)).isEqualTo(1);
        var effort = jdbc.sql(
                        "SELECT e.status || '/' || e.department_id || '/' || e.contact_email || '/' "
                                + "|| CAST(i.effort_id = e.id AS VARCHAR) FROM effort e JOIN idea i ON i.title = e.title WHERE e.title = ?")
                .param(title)
                .query(String.class)
                .single();
        assertThat(effort).startsWith("DRAFT/" + department + "/ida-").endsWith("/true");
        assertThat(jdbc.sql("SELECT district_id FROM effort_district WHERE effort_id = "
                                + "(SELECT effort_id FROM idea WHERE id = ?)")
                        .param(id)
                        .query(String.class)
                        .list())
                .containsExactly("stenhamra");
        assertThat(mvc.perform(get("/idelabbet/ideer/" + id).with(authentication(as(coach))))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("Idén har blivit insatsen " + title)
                .doesNotContain("Gör idén till en insats");
    }

    @Test
    void anOwnerOrPartyOrganisationThatIsNotApprovedIsRefusedAndNothingIsSaved() throws Exception {
        var title = unique("Bokbyte");
        mvc.perform(idea(title, email("ida"), "stenhamra", "CONTACTS").with(csrf()));
        var id = ideaId(title);
        ideas.moveTo(id, "LAUNCHED", "", "test");
        var period = LocalDate.of(2027, 1, 1);

        assertThat(launch.launch(id, new EffortPlan(UUID.randomUUID(), null, period, period.plusMonths(6)), "test"))
                .isEqualTo(LaunchOutcome.UNKNOWN_OWNER);
        assertThat(launch.launch(id, new EffortPlan(null, "no-such-department", period, period), "test"))
                .isEqualTo(LaunchOutcome.UNKNOWN_OWNER);
        assertThat(efforts(title)).isZero();
        assertThatThrownBy(() -> ideas.addParty(id, new Party(UUID.randomUUID(), "", null)))
                .isInstanceOf(UnknownOrganisation.class);
        assertThat(queries.parties(id)).isEmpty();
    }

    int efforts(String title) {
        return jdbc.sql("SELECT count(*) FROM effort WHERE title = ?")
                .param(title)
                .query(Integer.class)
                .single();
    }

    @Test
    void anAdminCreatesACoachWhoLandsInIdelabbet() throws Exception {
        var username = email("ny-coach");
        var refused = mvc.perform(post("/admin/coacher")
                        .param("username", username)
                        .param("name", "Nina Ny")
                        .param("password", "kort")
                        .with(csrf())
                        .with(user("admin").roles("ADMIN")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(refused).contains("minst 12 tecken").contains("value=\"" + username + "\"");
        mvc.perform(post("/admin/coacher")
                        .param("username", username)
                        .param("name", "Nina Ny")
                        .param("password", "ett långt lösenord")
                        .with(csrf())
                        .with(user("admin").roles("ADMIN")))
                .andExpect(redirectedUrl("/admin/coacher"));
        var account = accounts.findByUsername(username).orElseThrow();
        assertThat(account.role()).isEqualTo(Role.COACH);
        mvc.perform(get("/start").with(authentication(as(account)))).andExpect(redirectedUrl("/idelabbet"));
    }
}
