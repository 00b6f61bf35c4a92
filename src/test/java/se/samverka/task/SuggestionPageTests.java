package se.samverka.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import se.samverka.IntegrationTest;
import se.samverka.callout.CalloutAsk;
import se.samverka.callout.CalloutQueries;
import se.samverka.callout.ContactEntry;
import se.samverka.callout.ContactLedger;
import se.samverka.callout.ContactSource;
import se.samverka.callout.SubjectType;
import se.samverka.helprequest.HelpRequests;
import se.samverka.volunteer.Volunteers;

@IntegrationTest
class SuggestionPageTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    se.samverka.district.Districts districts;

    @Autowired
    HelpRequests helpRequests;

    @Autowired
    Clock clock;

    @Autowired
    ContactLedger ledger;

    @Autowired
    CalloutQueries calloutQueries;

    @Autowired
    Volunteers volunteers;

    @Autowired
    TransactionTemplate transaction;

    @Test
    void showsEligibleVolunteersWithTheirScorePartsAndTheOthersWithReasons() throws Exception {
        // districts of their own, so that volunteers from other tests cannot appear in the list
        var near = districts.save(null, "Grannholmen " + System.nanoTime(), 660000, 6576000, 971, java.util.Set.of());
        var home =
                districts.save(null, "Panelholmen " + System.nanoTime(), 660400, 6576100, 972, java.util.Set.of(near));
        var request = helpRequests.submit(TaskFixtures.shopping("Petra Panel", home), "test");
        TaskFixtures.volunteer(jdbc, "Quintus Nära", home);
        TaskFixtures.volunteer(jdbc, "Rebecka Granne", near);
        var paused = TaskFixtures.volunteer(jdbc, "Sixten Paus", home);
        jdbc.sql("UPDATE volunteer SET paused_until = ? WHERE account_id = ?")
                .params(java.sql.Date.valueOf(request.date().plusDays(10)), paused.accountId())
                .update();
        se.samverka.TestVolunteer.changed(jdbc);

        var html = mvc.perform(get("/samordning/arenden/{id}/volontarer", request.id())
                        .with(authentication(MyTasksAccessTests.as(TaskFixtures.coordinator()))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        var page = Jsoup.parse(html);
        assertThat(page.select("h1").text()).isEqualTo("Volontärer för ärende " + request.number());
        var rows = page.select("table:has(caption) tbody tr");
        assertThat(rows.eachText()).hasSize(2);
        assertThat(rows.get(0).text())
                .contains("Quintus Nära")
                .contains("Quintus Nära 1 Samma område")
                .contains("Aldrig tillfrågad");
        assertThat(rows.get(1).text()).contains("Rebecka Granne").contains("Grannområde");
        assertThat(page.select("details").text()).contains("Sixten Paus").contains("har pausat");

        var fragment = mvc.perform(get("/samordning/arenden/{id}/volontarer", request.id())
                        .header("HX-Request", "true")
                        .with(authentication(MyTasksAccessTests.as(TaskFixtures.coordinator()))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(fragment).doesNotContain("<html").contains("Quintus Nära");
    }

    @Test
    void showsTheBestTwentyFiveWithALinkToMoreThatWorksWithoutJavaScriptAndCountsTheOthers() throws Exception {
        var home = districts.save(null, "Sidholmen " + System.nanoTime(), 660800, 6576200, 973, java.util.Set.of());
        var request = helpRequests.submit(TaskFixtures.shopping("Petra Paging", home), "test");
        for (int i = 0; i < 30; i++) {
            TaskFixtures.volunteer(jdbc, "Sida Volontär " + i, home);
        }
        var paused = TaskFixtures.volunteer(jdbc, "Pausad Person", home);
        jdbc.sql("UPDATE volunteer SET paused_until = ? WHERE account_id = ?")
                .params(java.sql.Date.valueOf(request.date().plusDays(10)), paused.accountId())
                .update();
        se.samverka.TestVolunteer.changed(jdbc);
        var coordinator = authentication(MyTasksAccessTests.as(TaskFixtures.coordinator()));

        var first = Jsoup.parse(mvc.perform(
                        get("/samordning/arenden/{id}/volontarer", request.id()).with(coordinator))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(first.select("table:has(caption) tbody tr")).hasSize(25);
        assertThat(first.select("#assign-volunteer option")).hasSize(25);
        assertThat(first.select("#suggestions-shown").text()).isEqualTo("Visar 25 av 30 lämpliga.");
        var more = first.select("a#show-more");
        assertThat(more.attr("href")).isEqualTo("/samordning/arenden/" + request.id() + "/volontarer?visa=50");
        assertThat(more.attr("data-hx-get")).isEqualTo(more.attr("href"));
        assertThat(first.select("#ineligible-counts li").eachText()).containsExactly("har pausat: 1");

        var all = Jsoup.parse(mvc.perform(get(more.attr("href")).with(coordinator))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(all.select("table:has(caption) tbody tr")).hasSize(30);
        assertThat(all.select("a#show-more")).isEmpty();
    }

    @Test
    void offeringToTheTopOneAsksOnlyTheBestAndAnEmptyChoiceIsExplained() throws Exception {
        // a district of its own: volunteers from other tests must not compete here
        var sanga = districts.save(null, "Egenholmen " + System.nanoTime(), 644000, 6587000, 970, java.util.Set.of());
        var request = helpRequests.submit(TaskFixtures.shopping("Tora Topp", sanga), "test");
        var ulla = idOf(TaskFixtures.volunteer(jdbc, "Ulla Bäst", sanga));
        var viktor = idOf(TaskFixtures.volunteer(jdbc, "Viktor Näst", sanga));
        var coordinator = authentication(MyTasksAccessTests.as(TaskFixtures.coordinator()));

        mvc.perform(post("/samordning/arenden/{id}/erbjud", request.id())
                        .with(coordinator)
                        .with(csrf()))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
                        .attribute("flash", "task.offer.chooseSomeone"));
        mvc.perform(post("/samordning/arenden/{id}/erbjud", request.id())
                        .param("top", "1")
                        .with(coordinator)
                        .with(csrf()))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
                        .attribute("flash", "task.offer.sent"));
        // the two are alike (same district, never asked): the call-out order breaks the tie by id, as a wave would
        var first = ulla.compareTo(viktor) < 0 ? "Ulla Bäst" : "Viktor Näst";
        assertThat(askedFor(request.id())).containsExactly(first);
        assertThat(helpRequests.history(request.id())).anyMatch(h -> "OFFERED".equals(h.action()));
    }

    @Test
    void aDirectAssignmentIsRefusedForAVolunteerTheRulesHoldBack() throws Exception {
        var home = districts.save(null, "Regelholmen " + System.nanoTime(), 644500, 6587500, 973, java.util.Set.of());
        var request = helpRequests.submit(TaskFixtures.shopping("Rut Regel", home), "test");
        var paused = TaskFixtures.volunteer(jdbc, "Pia Pausad", home);
        jdbc.sql("UPDATE volunteer SET paused_until = ? WHERE account_id = ?")
                .params(java.sql.Date.valueOf(request.date().plusDays(10)), paused.accountId())
                .update();
        se.samverka.TestVolunteer.changed(jdbc);
        var pausedId = jdbc.sql("SELECT id FROM volunteer WHERE account_id = ?")
                .param(paused.accountId())
                .query(java.util.UUID.class)
                .single();

        mvc.perform(post("/samordning/arenden/{id}/tilldela", request.id())
                        .param("volunteerId", pausedId.toString())
                        .with(authentication(MyTasksAccessTests.as(TaskFixtures.coordinator())))
                        .with(csrf()))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
                        .attribute("flash", "task.assign.notEligible"));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM assignment WHERE request_id = ?")
                        .param(request.id())
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void handPickedVolunteersAreHeldToQuietHoursAndTheirBudgetLikeACallOutWithTheReasonShown() throws Exception {
        var home = districts.save(null, "Tystholmen " + System.nanoTime(), 645000, 6588000, 974, java.util.Set.of());
        var request = helpRequests.submit(TaskFixtures.shopping("Tyra Tyst", home), "test");
        var quiet = TaskFixtures.volunteer(jdbc, "Qvist Tyst", home);
        var spent = TaskFixtures.volunteer(jdbc, "Bodil Budget", home);
        var free = TaskFixtures.volunteer(jdbc, "Fia Fri", home);
        var localNow = clock.instant().atZone(clock.getZone()).toLocalTime();
        jdbc.sql("UPDATE volunteer SET quiet_from = ?, quiet_to = ? WHERE account_id = ?")
                .params(localNow.minusHours(1), localNow.plusHours(1), quiet.accountId())
                .update();
        // asked once this week by another call-out: the fixture's volunteers allow one ask a week
        transaction.executeWithoutResult(status -> {
            ledger.lockForAsking();
            ledger.record(
                    idOf(spent), ContactEntry.ASK, "EMAIL", ContactSource.CALLOUT, UUID.randomUUID(), clock.instant());
        });
        se.samverka.TestVolunteer.changed(jdbc);
        var coordinator = authentication(MyTasksAccessTests.as(TaskFixtures.coordinator()));

        var page = Jsoup.parse(mvc.perform(
                        get("/samordning/arenden/{id}/volontarer", request.id()).with(coordinator))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(page.select("table:has(caption) tbody tr").eachText())
                .singleElement()
                .asString()
                .contains("Fia Fri");
        assertThat(page.select("details").text())
                .contains("Qvist Tyst")
                .contains("vill inte bli kontaktad nu (tysta timmar)")
                .contains("Bodil Budget")
                .contains("frågegränsen är nådd");

        mvc.perform(post("/samordning/arenden/{id}/erbjud", request.id())
                        .param(
                                "volunteerIds",
                                idOf(quiet).toString(),
                                idOf(spent).toString(),
                                idOf(free).toString())
                        .with(coordinator)
                        .with(csrf()))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
                        .attribute("offeredCount", 1));
        assertThat(askedFor(request.id())).containsExactly("Fia Fri");
    }

    private UUID idOf(se.samverka.account.SamverkaUser volunteer) {
        return jdbc.sql("SELECT id FROM volunteer WHERE account_id = ?")
                .param(volunteer.accountId())
                .query(UUID.class)
                .single();
    }

    /** The names of the volunteers the request's call-outs asked (hand-picked ones are call-outs too). */
    private java.util.List<String> askedFor(UUID requestId) {
        var asked = calloutQueries.forSubject(SubjectType.HELP_REQUEST, requestId).stream()
                .flatMap(c -> calloutQueries.asks(c.id()).stream())
                .map(CalloutAsk::volunteerId)
                .toList();
        var names = volunteers.namesOf(asked);
        return asked.stream().map(names::get).toList();
    }
}
