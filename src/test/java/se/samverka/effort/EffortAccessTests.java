package se.samverka.effort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import se.samverka.IntegrationTest;
import se.samverka.account.AccountManagement;
import se.samverka.district.Districts;
import se.samverka.shared.HelpKind;

/** An organisation's workspace answers 404 to everyone else, by any URL and for any of its ids. */
@IntegrationTest
class EffortAccessTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Districts districts;

    @Autowired
    AccountManagement accounts;

    @Autowired
    Efforts efforts;

    @Autowired
    ShiftSignups signups;

    @Test
    void aMemberOfAnotherOrganisationGetsNotFoundEverywhere() throws Exception {
        var district = EffortFixtures.district(districts, "Åtkomstholmen");
        var mine = EffortFixtures.organisation(jdbc, "Egna föreningen", "APPROVED");
        var theirs = EffortFixtures.organisation(jdbc, "Andra föreningen", "APPROVED");
        var owner = EffortFixtures.member(jdbc, accounts, mine, "Olga Ägare");
        var stranger = EffortFixtures.member(jdbc, accounts, theirs, "Sture Främling");
        var effort = EffortFixtures.publishedEffort(efforts, mine, district, "Hemlig insats");
        var shift = EffortFixtures.shift(efforts, effort, district, 2, SignupMode.APPLICATION, HelpKind.SHOPPING);
        var volunteer = EffortFixtures.volunteer(jdbc, "Vera Volontär", district);
        signups.signUp(shift, EffortFixtures.volunteerId(jdbc, volunteer));
        var signup = jdbc.sql("SELECT id FROM effort_signup WHERE shift_id = ?")
                .param(shift)
                .query(UUID.class)
                .single();
        var alva = EffortFixtures.volunteer(jdbc, "Alva Anmäld", district);
        signups.signUp(shift, EffortFixtures.volunteerId(jdbc, alva));
        var municipal = EffortFixtures.publishedEffort(efforts, null, district, "Kommunens insats");

        var base = "/forening/" + mine + "/insatser";
        var gets = List.of(
                base,
                base + "/volontarer",
                base + "/ny",
                base + "/" + effort,
                base + "/" + effort + "/andra",
                base + "/" + effort + "/pass/ny",
                base + "/" + effort + "/pass/" + shift);
        var posts = List.of(
                base + "/ny",
                base + "/" + effort + "/andra",
                base + "/" + effort + "/publicera",
                base + "/" + effort + "/pausa",
                base + "/" + effort + "/stang",
                base + "/" + effort + "/pass/ny",
                base + "/" + effort + "/pass/" + shift + "/meddelande",
                base + "/" + effort + "/pass/" + shift + "/stall-in",
                base + "/" + effort + "/pass/" + shift + "/utskick",
                base + "/" + effort + "/pass/" + shift + "/anmalan/" + signup + "/godkann",
                base + "/" + effort + "/pass/" + shift + "/anmalan/" + signup + "/avsla");
        for (var url : gets) {
            mvc.perform(get(url).with(authentication(EffortFixtures.as(stranger))))
                    .andExpect(status().isNotFound());
            mvc.perform(get(url).with(authentication(EffortFixtures.as(owner)))).andExpect(status().isOk());
        }
        for (var url : posts) {
            mvc.perform(post(url)
                            .param("text", "x")
                            .with(authentication(EffortFixtures.as(stranger)))
                            .with(csrf()))
                    .andExpect(status().isNotFound());
        }
        // their own workspace does not open the other organisation's ids, nor the municipality's
        var own = "/forening/" + theirs + "/insatser";
        for (var id : List.of(effort, municipal)) {
            mvc.perform(get(own + "/" + id).with(authentication(EffortFixtures.as(stranger))))
                    .andExpect(status().isNotFound());
            mvc.perform(get(own + "/" + id + "/pass/" + shift).with(authentication(EffortFixtures.as(stranger))))
                    .andExpect(status().isNotFound());
            mvc.perform(post(own + "/" + id + "/stang")
                            .with(authentication(EffortFixtures.as(stranger)))
                            .with(csrf()))
                    .andExpect(status().isNotFound());
            mvc.perform(post(own + "/" + id + "/pass/" + shift + "/stall-in")
                            .with(authentication(EffortFixtures.as(stranger)))
                            .with(csrf()))
                    .andExpect(status().isNotFound());
        }
        // nor do the municipal pages open an organisation's effort
        mvc.perform(get("/samordning/insatser/" + effort)
                        .with(authentication(EffortFixtures.as(EffortFixtures.coordinator()))))
                .andExpect(status().isNotFound());
        // and the stranger's volunteer list does not show the owner's volunteers
        var list = Jsoup.parse(mvc.perform(get(own + "/volontarer").with(authentication(EffortFixtures.as(stranger))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(list.text()).doesNotContain("Vera Volontär");
        var ownerList =
                Jsoup.parse(mvc.perform(get(base + "/volontarer").with(authentication(EffortFixtures.as(owner))))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString());
        assertThat(ownerList.select("#volunteer-list").text()).contains("Vera Volontär");
        assertThat(ownerList.select("#volunteer-list tbody tr").stream()
                        .map(row -> row.select("td").eachText())
                        .toList())
                .as("each volunteer's contact details from the register, by name")
                .containsExactly(
                        List.of("Alva Anmäld", alva.username(), "070-123 45 67", "1"),
                        List.of("Vera Volontär", volunteer.username(), "070-123 45 67", "1"));
        assertThat(jdbc.sql("SELECT status FROM effort WHERE id = ?")
                        .param(effort)
                        .query(String.class)
                        .single())
                .isEqualTo("PUBLISHED");
        assertThat(jdbc.sql("SELECT status FROM effort_signup WHERE id = ?")
                        .param(signup)
                        .query(String.class)
                        .single())
                .isEqualTo("APPLIED");
    }

    @Test
    void aMunicipalCoordinatorRunsADepartmentsEffort() throws Exception {
        var district = EffortFixtures.district(districts, "Kommunholmen");
        var coordinator = EffortFixtures.as(EffortFixtures.coordinator());
        var created = mvc.perform(post("/samordning/insatser/ny")
                        .with(authentication(coordinator))
                        .with(csrf())
                        .param("departmentId", "kff")
                        .param("title", "Sommarlovsaktiviteter")
                        .param("description", "Aktiviteter")
                        .param("targetGroup", "Unga")
                        .param("periodStart", LocalDate.now().toString())
                        .param("periodEnd", LocalDate.now().plusMonths(2).toString())
                        .param("contactName", "Kim")
                        .param("contactEmail", "kim@example.se")
                        .param("districts", district))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        var id = UUID.fromString(created.substring(created.lastIndexOf('/') + 1));
        assertThat(jdbc.sql("SELECT department_id FROM effort WHERE id = ?")
                        .param(id)
                        .query(String.class)
                        .single())
                .isEqualTo("kff");
        mvc.perform(post("/samordning/insatser/{id}/publicera", id)
                        .with(authentication(coordinator))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        var page = Jsoup.parse(mvc.perform(get("/samordning/insatser/{id}", id).with(authentication(coordinator)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(page.select("#effort-status").text()).isEqualTo("Publicerad");
        assertThat(page.text()).contains("Kultur- och fritidsförvaltningen");
        var noDepartment = Jsoup.parse(mvc.perform(post("/samordning/insatser/ny")
                        .with(authentication(coordinator))
                        .with(csrf())
                        .param("title", "Utan förvaltning"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(noDepartment.select("#departmentId-error").text())
                .isEqualTo("Välj vilken förvaltning som driver insatsen");
        assertThat(noDepartment.select("#title").val()).isEqualTo("Utan förvaltning");
    }
}
