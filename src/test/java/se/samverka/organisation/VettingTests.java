package se.samverka.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static se.samverka.organisation.OrganisationFixtures.as;
import static se.samverka.organisation.OrganisationFixtures.email;
import static se.samverka.organisation.OrganisationFixtures.unique;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import se.samverka.IntegrationTest;

@IntegrationTest
class VettingTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    OrganisationRegister register;

    @Autowired
    Organisations organisations;

    @Test
    void pendingApplicationsComeFirstWithTheChecklistOnTheirPage() throws Exception {
        var pending = unique("Väntande kören");
        var approved = unique("Godkända kören");
        var pendingId = OrganisationFixtures.applied(register, pending, email("p"));
        OrganisationFixtures.approved(register, approved, email("g"));
        var list = mvc.perform(get("/samordning/foreningar").with(user("c").roles("COORDINATOR")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(list.indexOf("Väntar på granskning")).isLessThan(list.indexOf("Godkända"));
        assertThat(list.indexOf(pending)).isBetween(list.indexOf("Väntar på granskning"), list.indexOf("<h2>Godkända"));
        assertThat(list.indexOf(approved)).isGreaterThan(list.indexOf("<h2>Godkända"));

        var page = mvc.perform(get("/samordning/foreningar/{id}", pendingId)
                        .with(user("c").roles("COORDINATOR")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains(pending)
                .contains("Verksamheten är ideell")
                .contains("demokratiska värderingar")
                .contains("Anna Ansökare")
                .contains("Godkänn")
                .contains("Avslå med skäl");
    }

    @Test
    void approvingTellsTheApplicant() throws Exception {
        var applicant = email("godkand");
        var name = unique("Kyrkans ungdom");
        var id = OrganisationFixtures.applied(register, name, applicant);
        mvc.perform(post("/samordning/foreningar/{id}/godkann", id)
                        .with(csrf())
                        .with(user("c").roles("COORDINATOR")))
                .andExpect(status().is3xxRedirection());
        assertThat(organisations.find(id).orElseThrow().status()).isEqualTo(OrganisationStatus.APPROVED);
        assertThat(jdbc.sql("SELECT decided_by FROM organisation WHERE id = ?")
                        .param(id)
                        .query(String.class)
                        .single())
                .isEqualTo("c");
        assertThat(OrganisationFixtures.mailsTo(jdbc, applicant, 2))
                .anySatisfy(mail -> assertThat(mail)
                        .contains(name + " är godkänd")
                        .contains("/forening/" + id)
                        .contains("/login"));
    }

    @Test
    void rejectingNeedsAReasonAndTheApplicantReadsIt() throws Exception {
        var applicant = email("avslag");
        var name = unique("Vinstföreningen");
        var id = OrganisationFixtures.applied(register, name, applicant);
        var page = mvc.perform(post("/samordning/foreningar/{id}/avsla", id)
                        .param("reason", "  ")
                        .with(csrf())
                        .with(user("c").roles("COORDINATOR")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("Skriv varför ansökan inte godkänns").contains("id=\"reason-error\"");
        assertThat(organisations.find(id).orElseThrow().status()).isEqualTo(OrganisationStatus.PENDING);

        mvc.perform(post("/samordning/foreningar/{id}/avsla", id)
                        .param("reason", "Verksamheten drivs med vinst.")
                        .with(csrf())
                        .with(user("c").roles("COORDINATOR")))
                .andExpect(status().is3xxRedirection());
        var organisation = organisations.find(id).orElseThrow();
        assertThat(organisation.status()).isEqualTo(OrganisationStatus.REJECTED);
        assertThat(organisation.decisionReason()).isEqualTo("Verksamheten drivs med vinst.");
        assertThat(OrganisationFixtures.mailsTo(jdbc, applicant, 2))
                .anySatisfy(
                        mail -> assertThat(mail).contains("inte godkänd").contains("Verksamheten drivs med vinst."));
        // a decision stands: approving afterwards changes nothing
        mvc.perform(post("/samordning/foreningar/{id}/godkann", id)
                        .with(csrf())
                        .with(user("c").roles("COORDINATOR")))
                .andExpect(status().is3xxRedirection());
        assertThat(organisations.find(id).orElseThrow().status()).isEqualTo(OrganisationStatus.REJECTED);
    }

    @Test
    void onlyStaffVetAndUnknownIdsAreNotFound() throws Exception {
        var id = OrganisationFixtures.applied(register, unique("Obehöriga"), email("o"));
        mvc.perform(get("/samordning/foreningar").with(authentication(as(OrganisationFixtures.volunteer()))))
                .andExpect(status().isForbidden());
        mvc.perform(post("/samordning/foreningar/{id}/godkann", id)
                        .with(csrf())
                        .with(authentication(as(OrganisationFixtures.volunteer()))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/samordning/foreningar/{id}", "inte-ett-id")
                        .with(user("c").roles("COORDINATOR")))
                .andExpect(status().isNotFound());
        assertThat(organisations.find(id).orElseThrow().status()).isEqualTo(OrganisationStatus.PENDING);
    }
}
