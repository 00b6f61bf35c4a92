package se.samverka.effort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import se.samverka.IntegrationTest;
import se.samverka.district.Districts;
import se.samverka.shared.HelpKind;

/** The public listing shows published efforts with coming open shifts, filtered by district, kind and date. */
@IntegrationTest
class EffortListingTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Districts districts;

    @Autowired
    Efforts efforts;

    @Test
    void onlyPublishedEffortsWithOpenShiftsAreListedAndTheFiltersNarrowThem() throws Exception {
        var north = EffortFixtures.district(districts, "Norrholmen");
        var south = EffortFixtures.district(districts, "Söderholmen");
        var empty = EffortFixtures.district(districts, "Tomholmen");
        var org = EffortFixtures.organisation(jdbc, "Listföreningen", "APPROVED");

        var shopping = EffortFixtures.publishedEffort(efforts, org, north, "Handla åt grannar");
        EffortFixtures.shift(efforts, shopping, north, 2, SignupMode.INSTANT, HelpKind.SHOPPING);
        var rides = EffortFixtures.publishedEffort(efforts, org, south, "Skjuts till vården");
        var inAWeek = LocalDate.now().plusDays(7);
        efforts.addShifts(
                new Shift(
                        null,
                        rides,
                        "Förare",
                        inAWeek,
                        LocalTime.of(9, 0),
                        LocalTime.of(11, 0),
                        "Torget",
                        south,
                        1,
                        1,
                        null,
                        true,
                        SignupMode.INSTANT,
                        false,
                        0,
                        List.of(HelpKind.TRANSPORT)),
                0);
        var draft = efforts.create(
                new Effort(
                        null,
                        org,
                        null,
                        "Utkast som inte syns",
                        "b",
                        "c",
                        LocalDate.now(),
                        LocalDate.now().plusDays(30),
                        "K",
                        "k@example.se",
                        null,
                        EffortStatus.DRAFT,
                        List.of(north)),
                "test");
        EffortFixtures.shift(efforts, draft, north, 2, SignupMode.INSTANT, HelpKind.SHOPPING);
        var noShifts = EffortFixtures.publishedEffort(efforts, org, north, "Utan pass");
        var paused = EffortFixtures.publishedEffort(efforts, org, north, "Pausad insats");
        EffortFixtures.shift(efforts, paused, north, 2, SignupMode.INSTANT, HelpKind.SHOPPING);
        efforts.pause(paused);

        var inNorth = list("?omrade=" + north);
        assertThat(titles(inNorth)).containsExactly("Handla åt grannar");
        assertThat(titles(list("?omrade=" + south))).containsExactly("Skjuts till vården");
        assertThat(titles(list("?omrade=" + south + "&typ=SHOPPING"))).isEmpty();
        assertThat(titles(list("?typ=TRANSPORT&datum=" + inAWeek)))
                .contains("Skjuts till vården")
                .doesNotContain("Handla åt grannar");
        assertThat(titles(list("?omrade=" + south + "&datum=" + inAWeek.plusDays(1))))
                .isEmpty();
        // unfiltered the list is paged and other tests' efforts fill it: only what must never show is checked there
        assertThat(titles(list(""))).doesNotContain("Utkast som inte syns", "Utan pass", "Pausad insats");

        var none = list("?omrade=" + empty);
        assertThat(none.select("#efforts-empty").text()).startsWith("Inga insatser söker volontärer just nu");
        var badDate = list("?datum=igår");
        assertThat(badDate.select("#effort-filter .field-error").text()).startsWith("Datumet kunde inte läsas");

        var page = Jsoup.parse(mvc.perform(get("/insatser/{id}", rides))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(page.select("h1").text()).isEqualTo("Skjuts till vården");
        assertThat(page.select("#shift-list").text()).contains("Förare", "Torget", "1 av 1 platser kvar", "Från 18 år");
        assertThat(page.select("#shift-list a[href=/login]")).hasSize(1);
        mvc.perform(get("/insatser/{id}", draft)).andExpect(status().isNotFound());
    }

    @Test
    void theListingPagesTenAtATime() throws Exception {
        var district = EffortFixtures.district(districts, "Sidholmen");
        var org = EffortFixtures.organisation(jdbc, "Sidföreningen", "APPROVED");
        for (int i = 0; i < 12; i++) {
            var effort = EffortFixtures.publishedEffort(efforts, org, district, "Insats " + (100 + i));
            EffortFixtures.shift(efforts, effort, district, 2, SignupMode.INSTANT, HelpKind.SHOPPING);
        }
        var first = list("?omrade=" + district);
        assertThat(first.select("#effort-count").text()).isEqualTo("Antal insatser: 12");
        assertThat(titles(first)).hasSize(10);
        assertThat(first.select(".pagination").text()).contains("Sida 1 av 2");
        var second = list("?omrade=" + district + "&sida=2");
        assertThat(titles(second)).hasSize(2);
        assertThat(titles(second)).doesNotContainAnyElementsOf(titles(first));
    }

    private Document list(String query) throws Exception {
        return Jsoup.parse(mvc.perform(get("/insatser" + query))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    }

    private static List<String> titles(Document page) {
        return page.select(".effort-item h2").eachText();
    }
}
