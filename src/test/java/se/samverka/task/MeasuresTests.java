package se.samverka.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import se.samverka.IntegrationTest;
import se.samverka.callout.AnswerResult;
import se.samverka.callout.CalloutAnswers;
import se.samverka.callout.CalloutQueries;
import se.samverka.district.Districts;
import se.samverka.helprequest.HelpRequests;
import se.samverka.volunteer.Volunteers;

@IntegrationTest
class MeasuresTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    HelpRequests helpRequests;

    @Autowired
    Volunteers volunteers;

    @Autowired
    Districts districts;

    @Autowired
    HandPicking handPicking;

    @Autowired
    CalloutQueries calloutQueries;

    @Autowired
    CalloutAnswers calloutAnswers;

    @Autowired
    Measures measures;

    @Test
    void countsAsksFillsAndTheReserveOfADistrict() throws Exception {
        var name = "Måttholmen " + System.nanoTime();
        var district = districts.save(null, name, 651000, 6591000, 960, Set.of());
        var asked = volunteers
                .findByAccount(
                        TaskFixtures.volunteer(jdbc, "Ada Mått", district).accountId())
                .orElseThrow();
        TaskFixtures.volunteer(jdbc, "Bea Reserv", district);
        var paused = TaskFixtures.volunteer(jdbc, "Cia Paus", district);
        jdbc.sql("UPDATE volunteer SET paused_until = CURRENT_DATE + 30 WHERE account_id = ?")
                .param(paused.accountId())
                .update();
        se.samverka.TestVolunteer.changed(jdbc);
        var request = helpRequests.submit(TaskFixtures.shopping("Dag Mått", district), "test");
        var picked = handPicking.ask(request.id(), List.of(asked.id()), "test");
        var ask = calloutQueries.asks(picked.calloutId()).get(0);
        assertThat(calloutAnswers.answer(ask.id(), true)).isEqualTo(AnswerResult.ACCEPTED);

        var row = measures.lastThirtyDays().stream()
                .filter(r -> name.equals(r.districtName()))
                .findFirst()
                .orElseThrow();
        assertThat(row.asks()).isEqualTo(1);
        assertThat(row.fills()).isEqualTo(1);
        assertThat(row.asksPerFill()).isEqualTo(1.0);
        assertThat(row.medianMinutesToFill()).isNotNull().isBetween(0L, 5L);
        assertThat(row.volunteers()).isEqualTo(3);
        assertThat(row.askedPercent()).isEqualTo(33);
        assertThat(row.neverTaskPercent()).isEqualTo(67);
        // Ada has the task, Cia is paused: only Bea is in reserve
        assertThat(row.inReserve()).isEqualTo(1);

        var page = mvc.perform(
                        get("/samordning/matt").with(authentication(MyTasksAccessTests.as(TaskFixtures.coordinator()))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains(name)
                .contains("Hela kommunen")
                .doesNotContain("Ada Mått")
                .doesNotContain("Dag Mått");
    }

    @Autowired
    se.samverka.callout.Callouts callouts;

    @Test
    void callOutAsksCountAndTheUnansweredAreNotInReserve() {
        var name = "Utskicksholmen " + System.nanoTime();
        var district = districts.save(null, name, 652000, 6592000, 961, Set.of());
        for (var n : List.of("Eva", "Fia", "Gun", "Hans")) {
            TaskFixtures.volunteer(jdbc, n + " Utskick", district);
        }
        var request = helpRequests.submit(TaskFixtures.shopping("Ivan Utskick", district), "test");
        var need = new se.samverka.callout.Need(
                request.kind(), district, request.date(), request.timeFrom(), request.timeTo(), null, 1);
        callouts.start(new se.samverka.callout.Callouts.Start(
                se.samverka.callout.SubjectType.HELP_REQUEST,
                request.id(),
                "#" + request.number(),
                need,
                se.samverka.callout.Urgency.URGENT,
                null,
                "test"));

        var row = measures.lastThirtyDays().stream()
                .filter(r -> name.equals(r.districtName()))
                .findFirst()
                .orElseThrow();
        assertThat(row.asks()).as("URGENT asks three at once").isEqualTo(3);
        assertThat(row.fills()).isZero();
        assertThat(row.askedPercent()).isEqualTo(75);
        assertThat(row.inReserve()).as("three wait for their answer").isEqualTo(1);
    }
}
