package se.samverka.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static se.samverka.organisation.OrganisationFixtures.as;
import static se.samverka.organisation.OrganisationFixtures.email;
import static se.samverka.organisation.OrganisationFixtures.representative;
import static se.samverka.organisation.OrganisationFixtures.unique;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import se.samverka.IntegrationTest;
import se.samverka.account.SamverkaUser;

@IntegrationTest
class WorkspaceTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    OrganisationRegister register;

    @Autowired
    Organisations organisations;

    @Autowired
    YearlyCheck yearlyCheck;

    /** Every workspace URL of this module, as a request for the organisation; ids of members are made up. */
    static List<MockHttpServletRequestBuilder> everyUrl(UUID org) {
        var someone = UUID.randomUUID();
        return List.of(
                get("/forening/{o}", org),
                get("/forening/{o}/uppgifter", org),
                post("/forening/{o}/uppgifter", org).param("name", "Kapad"),
                post("/forening/{o}/bekrafta", org),
                get("/forening/{o}/medlemmar", org),
                post("/forening/{o}/medlemmar", org)
                        .param("name", "X")
                        .param("email", "x@example.org")
                        .param("role", "ADMIN"),
                post("/forening/{o}/medlemmar/{a}/roll", org, someone).param("role", "ADMIN"),
                post("/forening/{o}/medlemmar/{a}/kontakt", org, someone).param("contact", "true"),
                post("/forening/{o}/medlemmar/{a}/ta-bort", org, someone));
    }

    @Test
    void aMemberOfAnotherOrganisationAVolunteerAndStaffGetNotFoundEverywhere() throws Exception {
        var ours = OrganisationFixtures.approved(register, unique("Vår förening"), email("var"));
        var theirEmail = email("deras");
        OrganisationFixtures.approved(register, unique("Deras förening"), theirEmail);
        var outsider = representative(jdbc, theirEmail);
        var nameBefore = organisations.find(ours).orElseThrow().name();
        for (SamverkaUser user :
                List.of(outsider, OrganisationFixtures.volunteer(), OrganisationFixtures.coordinator())) {
            for (var request : everyUrl(ours)) {
                mvc.perform(request.with(csrf()).with(authentication(as(user)))).andExpect(status().isNotFound());
            }
        }
        mvc.perform(get("/forening/inte-ett-id").with(authentication(as(outsider))))
                .andExpect(status().isNotFound());
        assertThat(organisations.find(ours).orElseThrow().name()).isEqualTo(nameBefore);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM organisation_member WHERE organisation_id = ?")
                        .param(ours)
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
        // and nobody who is not logged in gets in
        mvc.perform(get("/forening/{o}", ours)).andExpect(status().is3xxRedirection());
    }

    @Test
    void aRepresentativeWithOneOrganisationGoesStraightToItsStartPage() throws Exception {
        var applicant = email("ensam");
        var name = unique("Ensamma föreningen");
        var id = OrganisationFixtures.approved(register, name, applicant);
        var me = representative(jdbc, applicant);
        mvc.perform(get("/forening").with(authentication(as(me)))).andExpect(redirectedUrl("/forening/" + id));
        var page = page("/forening/" + id, me);
        assertThat(page)
                .contains(name)
                .contains("Godkänd")
                .contains("/forening/" + id + "/insatser")
                .contains("/forening/" + id + "/arenden")
                .contains("Ändra uppgifter");
        var volunteerList = page("/forening", OrganisationFixtures.volunteer());
        assertThat(volunteerList).contains("Du företräder ingen organisation");
        assertThat(org.jsoup.Jsoup.parse(page).select("nav a[href=/forening]"))
                .as("the menu leads representatives home")
                .hasSize(1);
        assertThat(org.jsoup.Jsoup.parse(volunteerList).select("nav a[href=/forening]"))
                .as("a volunteer who represents nobody has no such menu item")
                .isEmpty();
    }

    @Test
    void adminsEditThePageWithTheSameRulesAndUniqueness() throws Exception {
        var applicant = email("andra");
        var id = OrganisationFixtures.approved(register, unique("Ändringsföreningen"), applicant);
        var taken = unique("Upptagna namnet");
        OrganisationFixtures.applied(register, taken, email("upptagen"));
        var me = representative(jdbc, applicant);
        var form = ApplicationTests.with(OrganisationFixtures.details(taken, ""), "orgNumber", "802000-1234");
        var page = mvc.perform(OrganisationFixtures.form(post("/forening/{o}/uppgifter", id), form)
                        .with(csrf())
                        .with(authentication(as(me))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains("Det finns redan en organisation med det namnet")
                .contains("Det är inte ett giltigt organisationsnummer")
                .contains("value=\"802000-1234\"")
                .doesNotContain("Skriv din e-postadress");

        var newName = unique("Nya namnet");
        var good = ApplicationTests.with(OrganisationFixtures.details(newName, ""), "website", "");
        mvc.perform(OrganisationFixtures.form(post("/forening/{o}/uppgifter", id), good)
                        .with(csrf())
                        .with(authentication(as(me))))
                .andExpect(redirectedUrl("/forening/" + id));
        var saved = organisations.find(id).orElseThrow();
        assertThat(saved.name()).isEqualTo(newName);
        assertThat(saved.website()).isNull();
        assertThat(saved.orgNumber().value()).isEqualTo(good.orgNumber());
    }

    @Test
    void coordinatorsOfTheOrganisationSeeButCannotChangeIt() throws Exception {
        var admin = email("admin");
        var id = OrganisationFixtures.approved(register, unique("Samordnarföreningen"), admin);
        var coordinatorEmail = email("samordnare");
        mvc.perform(post("/forening/{o}/medlemmar", id)
                        .param("name", "Sam Ordnare")
                        .param("email", coordinatorEmail)
                        .param("role", "COORDINATOR")
                        .with(csrf())
                        .with(authentication(as(representative(jdbc, admin)))))
                .andExpect(status().is3xxRedirection());
        var coordinator = representative(jdbc, coordinatorEmail);
        assertThat(page("/forening/" + id, coordinator))
                .contains("Samordnare")
                .doesNotContain("Ändra uppgifter")
                .doesNotContain("Ja, det stämmer");
        assertThat(page("/forening/" + id + "/medlemmar", coordinator))
                .contains("Sam Ordnare")
                .doesNotContain("Lägg till en företrädare");
        mvc.perform(get("/forening/{o}/uppgifter", id).with(authentication(as(coordinator))))
                .andExpect(status().isForbidden());
        mvc.perform(post(
                                "/forening/{o}/medlemmar/{a}/ta-bort",
                                id,
                                representative(jdbc, admin).accountId())
                        .with(csrf())
                        .with(authentication(as(coordinator))))
                .andExpect(status().isForbidden());
        assertThat(OrganisationFixtures.mailsTo(jdbc, coordinatorEmail, 1))
                .singleElement()
                .asString()
                .contains("Du företräder nu")
                .contains("/login");
    }

    @Test
    void theLastAdminCanNeitherBeRemovedNorDemoted() throws Exception {
        var admin = email("sista");
        var id = OrganisationFixtures.approved(register, unique("Sista adminföreningen"), admin);
        var me = representative(jdbc, admin);
        mvc.perform(post("/forening/{o}/medlemmar/{a}/roll", id, me.accountId())
                        .param("role", "COORDINATOR")
                        .with(csrf())
                        .with(authentication(as(me))))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/forening/{o}/medlemmar/{a}/ta-bort", id, me.accountId())
                        .with(csrf())
                        .with(authentication(as(me))))
                .andExpect(status().is3xxRedirection());
        assertThat(roles(id)).containsExactly("ADMIN");
        var refused = mvc.perform(post("/forening/{o}/medlemmar/{a}/ta-bort", id, me.accountId())
                        .with(csrf())
                        .with(authentication(as(me))))
                .andReturn()
                .getFlashMap()
                .get("refusal");
        assertThat(refused).isEqualTo("organisation.members.lastAdmin");

        // with a second admin, the first may step down
        var second = email("andra-admin");
        mvc.perform(post("/forening/{o}/medlemmar", id)
                        .param("name", "Andra Admin")
                        .param("email", second)
                        .param("role", "ADMIN")
                        .with(csrf())
                        .with(authentication(as(me))))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/forening/{o}/medlemmar/{a}/roll", id, me.accountId())
                        .param("role", "COORDINATOR")
                        .with(csrf())
                        .with(authentication(as(me))))
                .andExpect(status().is3xxRedirection());
        assertThat(roles(id)).containsExactlyInAnyOrder("ADMIN", "COORDINATOR");
        // adding the same address twice is refused next to the field
        var page = mvc.perform(post("/forening/{o}/medlemmar", id)
                        .param("name", "Igen")
                        .param("email", second)
                        .param("role", "ADMIN")
                        .with(csrf())
                        .with(authentication(as(representative(jdbc, second)))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("hör redan till en företrädare").contains("value=\"Igen\"");
    }

    @Test
    void theYearlyReminderIsDueAfterAYearGoesOutOnceAndTheConfirmButtonResetsIt() throws Exception {
        var admin = email("arlig");
        var id = OrganisationFixtures.approved(register, unique("Årliga föreningen"), admin);
        var pending = OrganisationFixtures.applied(register, unique("Årliga väntande"), email("arlig-v"));
        var now = Instant.now();
        var old = now.minus(400, ChronoUnit.DAYS);
        jdbc.sql("UPDATE organisation SET confirmed_at = ? WHERE id IN (?, ?)")
                .params(java.sql.Timestamp.from(old), id, pending)
                .update();
        assertThat(yearlyCheck.due(now)).contains(id).doesNotContain(pending);
        assertThat(yearlyCheck.due(old.plus(360, ChronoUnit.DAYS))).doesNotContain(id);

        yearlyCheck.remind();
        assertThat(yearlyCheck.due(now)).doesNotContain(id);
        yearlyCheck.remind();
        var mails = OrganisationFixtures.mailsTo(jdbc, admin, 3);
        assertThat(mails.stream().filter(m -> m.contains("Stämmer uppgifterna fortfarande")))
                .singleElement()
                .asString()
                .contains("/forening/" + id);

        var me = representative(jdbc, admin);
        assertThat(page("/forening/" + id, me)).contains("mer än ett år").contains("Ja, det stämmer");
        mvc.perform(post("/forening/{o}/bekrafta", id).with(csrf()).with(authentication(as(me))))
                .andExpect(redirectedUrl("/forening/" + id));
        var confirmed = organisations.find(id).orElseThrow().confirmedAt();
        assertThat(confirmed).isAfter(now.minusSeconds(5));
        assertThat(jdbc.sql("SELECT reminded_at FROM organisation WHERE id = ?")
                        .param(id)
                        .query(Instant.class)
                        .optional())
                .isEmpty();
        assertThat(yearlyCheck.due(now.plus(366, ChronoUnit.DAYS))).contains(id);
    }

    private List<String> roles(UUID id) {
        return jdbc.sql("SELECT role FROM organisation_member WHERE organisation_id = ?")
                .param(id)
                .query(String.class)
                .list();
    }

    private String page(String url, SamverkaUser user) throws Exception {
        return mvc.perform(get(url).with(authentication(as(user))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }
}
