package se.samverka.safetypoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static se.samverka.safetypoint.SafetyPointFixtures.COORDINATOR;
import static se.samverka.safetypoint.SafetyPointFixtures.as;

import java.util.UUID;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import se.samverka.IntegrationTest;
import se.samverka.district.Districts;
import se.samverka.effort.Efforts;

/** Coordinators create, edit, filter and open, fill or close safety points (closing after a confirmation). */
@IntegrationTest
class SafetyPointAdminTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Districts districts;

    @Autowired
    Efforts efforts;

    @Autowired
    SafetyPoints points;

    @Test
    void createsEditsAndChangesStatusWithClosingConfirmed() throws Exception {
        var district = SafetyPointFixtures.district(districts, "Tryggö");
        var effort = SafetyPointFixtures.effort(efforts, district, "Trygghetspunkt Tryggö");
        var created = mvc.perform(post("/samordning/trygghetspunkter/ny")
                        .param("name", "Tryggö bibliotek")
                        .param("address", "Bibliotekstorget 1")
                        .param("districtId", district)
                        .param("openingHours", "Varje dag 08–20")
                        .param("capacity", " 60 ")
                        .param("status", "OPEN")
                        .param("publicNote", "Ta med laddare")
                        .param("effortId", effort.toString())
                        .with(csrf())
                        .with(authentication(as(COORDINATOR))))
                .andReturn()
                .getResponse();
        assertThat(created.getStatus()).isEqualTo(302);
        var id = UUID.fromString(
                created.getRedirectedUrl().substring(created.getRedirectedUrl().lastIndexOf('/') + 1));
        var point = points.find(id).orElseThrow();
        assertThat(point.capacity()).isEqualTo(60);
        assertThat(point.status()).isEqualTo(SafetyPointStatus.OPEN);
        assertThat(point.effortId()).isEqualTo(effort);

        // edit: a new name and capacity, the rest kept
        var edited = mvc.perform(post("/samordning/trygghetspunkter/{id}/andra", id)
                        .param("name", "Tryggö nya bibliotek")
                        .param("address", "Bibliotekstorget 1")
                        .param("districtId", district)
                        .param("openingHours", "Varje dag 08–22")
                        .param("capacity", "80")
                        .param("status", "OPEN")
                        .param("publicNote", "")
                        .param("effortId", effort.toString())
                        .with(csrf())
                        .with(authentication(as(COORDINATOR))))
                .andReturn()
                .getResponse();
        assertThat(edited.getRedirectedUrl()).isEqualTo("/samordning/trygghetspunkter/" + id);
        assertThat(points.find(id).orElseThrow().name()).isEqualTo("Tryggö nya bibliotek");
        assertThat(points.find(id).orElseThrow().capacity()).isEqualTo(80);

        // one click to full
        mvc.perform(post("/samordning/trygghetspunkter/{id}/status", id)
                .param("status", "FULL")
                .with(csrf())
                .with(authentication(as(COORDINATOR))));
        assertThat(points.find(id).orElseThrow().status()).isEqualTo(SafetyPointStatus.FULL);

        // closing is asked first: the one click leads to the confirmation and changes nothing
        var close = mvc.perform(post("/samordning/trygghetspunkter/{id}/status", id)
                        .param("status", "CLOSED")
                        .with(csrf())
                        .with(authentication(as(COORDINATOR))))
                .andReturn()
                .getResponse();
        assertThat(close.getRedirectedUrl()).isEqualTo("/samordning/trygghetspunkter/" + id + "/stang");
        assertThat(points.find(id).orElseThrow().status()).isEqualTo(SafetyPointStatus.FULL);
        var confirmation = mvc.perform(
                        get("/samordning/trygghetspunkter/{id}/stang", id).with(authentication(as(COORDINATOR))))
                .andReturn()
                .getResponse();
        assertThat(Jsoup.parse(confirmation.getContentAsString()).select("#safety-point-close-confirm"))
                .hasSize(1);
        mvc.perform(
                post("/samordning/trygghetspunkter/{id}/stang", id).with(csrf()).with(authentication(as(COORDINATOR))));
        assertThat(points.find(id).orElseThrow().status()).isEqualTo(SafetyPointStatus.CLOSED);
    }

    @Test
    void badInputIsShownAtTheFieldWithEveryValueKept() throws Exception {
        var district = SafetyPointFixtures.district(districts, "Felö");
        var page = mvc.perform(post("/samordning/trygghetspunkter/ny")
                        .param("name", "Felö skola")
                        .param("address", "")
                        .param("districtId", district)
                        .param("openingHours", "Dagtid")
                        .param("capacity", "många")
                        .param("status", "OPEN")
                        .param("effortId", "")
                        .with(csrf())
                        .with(authentication(as(COORDINATOR))))
                .andReturn()
                .getResponse();
        assertThat(page.getStatus()).isEqualTo(200);
        var html = Jsoup.parse(page.getContentAsString());
        assertThat(html.select(".error-summary")).hasSize(1);
        assertThat(html.select("#capacity-error").text()).contains("1 till 10 000");
        assertThat(html.select("#address-error")).hasSize(1);
        assertThat(html.select("input[name=name]").val()).isEqualTo("Felö skola");
        assertThat(html.select("input[name=capacity]").val()).isEqualTo("många");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM safety_point WHERE name = 'Felö skola'")
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void anEffortStaffsOnePointOnly() throws Exception {
        var district = SafetyPointFixtures.district(districts, "Delö");
        var effort = SafetyPointFixtures.effort(efforts, district, "Delad insats");
        SafetyPointFixtures.point(jdbc, "Delö kyrka", district, "OPEN", effort);
        var page = mvc.perform(post("/samordning/trygghetspunkter/ny")
                        .param("name", "Delö skola")
                        .param("address", "Skolvägen 2")
                        .param("districtId", district)
                        .param("openingHours", "Dagtid")
                        .param("capacity", "20")
                        .param("status", "CLOSED")
                        .param("effortId", effort.toString())
                        .with(csrf())
                        .with(authentication(as(COORDINATOR))))
                .andReturn()
                .getResponse();
        assertThat(page.getStatus()).isEqualTo(200);
        assertThat(Jsoup.parse(page.getContentAsString()).select("#effortId-error"))
                .hasSize(1);
    }

    @Test
    void theListFiltersByDistrictAndStatus() throws Exception {
        var district = SafetyPointFixtures.district(districts, "Filtrö");
        SafetyPointFixtures.point(jdbc, "Filtrö öppen", district, "OPEN", null);
        SafetyPointFixtures.point(jdbc, "Filtrö stängd", district, "CLOSED", null);
        var html = Jsoup.parse(mvc.perform(get("/samordning/trygghetspunkter")
                        .param("district", district)
                        .param("status", "CLOSED")
                        .with(authentication(as(COORDINATOR))))
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(html.select("#safety-point-table tbody tr")).hasSize(1);
        assertThat(html.select("#safety-point-table").text())
                .contains("Filtrö stängd")
                .doesNotContain("Filtrö öppen");
    }
}
