package se.samverka.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import se.samverka.IntegrationTest;
import se.samverka.district.Districts;
import se.samverka.effort.Efforts;

/** The public API: filters, cursor paging, ETags, problem details, and nothing the public pages do not show. */
@IntegrationTest
class PublicApiTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Districts districts;

    @Autowired
    Efforts efforts;

    @Test
    void pagesByCursorThroughEveryMatchingEffortOnce() throws Exception {
        var district = ApiFixtures.district(districts, "Sidö");
        var organisation = ApiFixtures.organisation(jdbc, "Sidföreningen", district);
        var ids = new ArrayList<String>();
        for (int i = 0; i < 5; i++) {
            var effort = ApiFixtures.publishedEffort(
                    efforts,
                    organisation,
                    district,
                    "Sida " + i,
                    LocalDate.now().plusDays(i % 2));
            ApiFixtures.shift(efforts, effort, district, "fi", LocalDate.now().plusDays(5));
            ids.add(effort.toString());
        }
        var seen = new ArrayList<String>();
        String next = "/api/v1/efforts?district=" + district + "&limit=2";
        var pages = 0;
        while (next != null) {
            var body = mvc.perform(get(next)).andReturn().getResponse().getContentAsString();
            seen.addAll(JsonPath.<List<String>>read(body, "$.items[*].id"));
            next = JsonPath.read(body, "$.next");
            pages++;
        }
        assertThat(pages).isEqualTo(3);
        assertThat(seen).containsExactlyInAnyOrderElementsOf(ids);
        var finnish = mvc.perform(get("/api/v1/efforts?district=" + district + "&language=fi&limit=100"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(JsonPath.<List<String>>read(finnish, "$.items[*].id")).hasSize(5);
        var arabic = mvc.perform(get("/api/v1/efforts?district=" + district + "&language=ar"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(JsonPath.<List<String>>read(arabic, "$.items")).isEmpty();
    }

    @Test
    void answersNotModifiedToTheSameETag() throws Exception {
        var first = mvc.perform(get("/api/v1/organisations")).andReturn().getResponse();
        assertThat(first.getStatus()).isEqualTo(200);
        var etag = first.getHeader("ETag");
        assertThat(etag).isNotBlank();
        assertThat(first.getHeader("Cache-Control")).contains("max-age=60").contains("public");
        var again = mvc.perform(get("/api/v1/organisations").header("If-None-Match", etag))
                .andReturn()
                .getResponse();
        assertThat(again.getStatus()).isEqualTo(304);
        assertThat(again.getContentAsString()).isEmpty();
        var other = mvc.perform(get("/api/v1/organisations").header("If-None-Match", "\"0other\""))
                .andReturn()
                .getResponse();
        assertThat(other.getStatus()).isEqualTo(200);
    }

    @Test
    void aBadParameterIsAProblemDetailNamingTheField() throws Exception {
        for (var bad : List.of(
                "kind=BAKING",
                "date=imorgon",
                "limit=0",
                "limit=many",
                "cursor=not-a-cursor",
                "district=finns-inte",
                "language=xx")) {
            var response =
                    mvc.perform(get("/api/v1/efforts?" + bad)).andReturn().getResponse();
            assertThat(response.getStatus()).as(bad).isEqualTo(400);
            assertThat(response.getContentType()).as(bad).startsWith("application/problem+json");
            var body = response.getContentAsString();
            assertThat(JsonPath.<Integer>read(body, "$.status")).isEqualTo(400);
            assertThat(JsonPath.<String>read(body, "$.errors[0].field"))
                    .as(bad)
                    .isEqualTo(bad.substring(0, bad.indexOf('=')));
        }
        var several = mvc.perform(get("/api/v1/efforts?kind=BAKING&date=imorgon&limit=0"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(JsonPath.<List<String>>read(several, "$.errors[*].field"))
                .as("every bad parameter at once")
                .containsExactlyInAnyOrder("kind", "date");
        var unknown = mvc.perform(get("/api/v1/efforts/" + UUID.randomUUID()))
                .andReturn()
                .getResponse();
        assertThat(unknown.getStatus()).isEqualTo(404);
        assertThat(unknown.getContentType()).startsWith("application/problem+json");
        for (var path : List.of("/api/v1/finns-inte", "/api/v1/efforts/x/y/z", "/api/v1/")) {
            var nowhere = mvc.perform(get(path).accept("text/html")).andReturn().getResponse();
            assertThat(nowhere.getStatus()).as(path).isEqualTo(404);
            assertThat(nowhere.getContentType()).as(path).startsWith("application/problem+json");
            assertThat(JsonPath.<Integer>read(nowhere.getContentAsString(), "$.status"))
                    .as(path)
                    .isEqualTo(404);
        }
        assertThat(mvc.perform(get("/api/v1/openapi.json"))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .as("the documented contract is still served")
                .isEqualTo(200);
        var notAnId = mvc.perform(get("/api/v1/organisations/abc")).andReturn().getResponse();
        assertThat(notAnId.getStatus()).isEqualTo(400);
    }

    @Test
    void showsWhatThePublicPagesShowWithoutPersonalData() throws Exception {
        var district = ApiFixtures.district(districts, "Publikö");
        var organisation = ApiFixtures.organisation(jdbc, "Publikföreningen", district);
        var effort = ApiFixtures.publishedEffort(efforts, organisation, district, "Publik insats", LocalDate.now());
        var shift = ApiFixtures.shift(
                efforts, effort, district, "sv", LocalDate.now().plusDays(2));
        var draft = efforts.create(
                new se.samverka.effort.Effort(
                        null,
                        organisation,
                        null,
                        "Utkast",
                        "Inte publicerad",
                        "Alla",
                        LocalDate.now(),
                        LocalDate.now().plusDays(9),
                        "K",
                        "k@example.se",
                        null,
                        se.samverka.effort.EffortStatus.DRAFT,
                        List.of(district)),
                "test");
        ApiFixtures.shift(efforts, draft, district, "sv", LocalDate.now().plusDays(2));
        var body = mvc.perform(get("/api/v1/efforts/" + effort))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(JsonPath.<String>read(body, "$.shifts[0].id")).isEqualTo(shift.toString());
        assertThat(JsonPath.<String>read(body, "$.effort.organiser")).startsWith("Publikföreningen");
        assertThat(body).doesNotContain("Kontakt Hemlig").doesNotContain("kontakt.hemlig@example.se");
        assertThat(mvc.perform(get("/api/v1/efforts/" + draft))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
        var list = mvc.perform(get("/api/v1/efforts?district=" + district))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(list).contains(effort.toString()).doesNotContain(draft.toString());
        var directory = mvc.perform(get("/api/v1/organisations?district=" + district))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(JsonPath.<List<String>>read(directory, "$.items[*].id")).containsExactly(organisation.toString());
        assertThat(directory).doesNotContain("Ada Api");
    }
}
