package se.samverka.safetypoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import se.samverka.IntegrationTest;
import se.samverka.district.Districts;
import se.samverka.effort.Efforts;

/** The public page and the API show the open and full points, and of them only what is public. */
@IntegrationTest
class PublicSafetyPointTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Districts districts;

    @Autowired
    Efforts efforts;

    @Test
    void thePublicPageListsOpenAndFullPointsByDistrictAndNeverAClosedOne() throws Exception {
        var district = SafetyPointFixtures.district(districts, "Publikö");
        SafetyPointFixtures.point(jdbc, "Publikö öppen", district, "OPEN", null);
        SafetyPointFixtures.point(jdbc, "Publikö full", district, "FULL", null);
        SafetyPointFixtures.point(jdbc, "Publikö stängd", district, "CLOSED", null);
        var response = mvc.perform(get("/trygghetspunkter")).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        var html = Jsoup.parse(response.getContentAsString());
        var section = html.select("section.safety-point-district").stream()
                .filter(s -> s.select("h2").text().startsWith("Publikö"))
                .findFirst()
                .orElseThrow();
        assertThat(section.select("article h3").eachText()).containsExactly("Publikö full", "Publikö öppen");
        assertThat(section.text()).contains("Torget 1", "Dygnet runt", "Ta med laddare", "Full");
        assertThat(html.text()).doesNotContain("Publikö stängd");
        // capacity and staffing are for staff only
        assertThat(section.text()).doesNotContain("Antal platser").doesNotContain("Bemannas");
    }

    @Test
    void theApiListsOpenAndFullPointsWithThePublicFieldsOnlyAndCacheHeaders() throws Exception {
        var district = SafetyPointFixtures.district(districts, "Apiö");
        var effort = SafetyPointFixtures.effort(efforts, district, "Bemanning Apiö");
        SafetyPointFixtures.point(jdbc, "Apiö öppen", district, "OPEN", effort);
        SafetyPointFixtures.point(jdbc, "Apiö stängd", district, "CLOSED", null);
        var response = mvc.perform(get("/api/v1/safety-points").param("district", district))
                .andReturn()
                .getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getHeader("Cache-Control")).contains("max-age=60").contains("public");
        var body = response.getContentAsString();
        List<Map<String, Object>> items = JsonPath.read(body, "$.items");
        assertThat(items).hasSize(1);
        assertThat(items.get(0))
                .containsEntry("name", "Apiö öppen")
                .containsEntry("status", "OPEN")
                .containsEntry("district", district)
                .containsKeys("id", "address", "districtName", "openingHours", "note")
                .doesNotContainKeys("capacity", "effortId");
        assertThat(body).doesNotContain(effort.toString()).doesNotContain("Apiö stängd");

        var bad = mvc.perform(get("/api/v1/safety-points").param("district", "finns-inte"))
                .andReturn()
                .getResponse();
        assertThat(bad.getStatus()).isEqualTo(400);
    }
}
