package se.samverka.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.web.servlet.MockMvc;
import se.samverka.IntegrationTest;
import se.samverka.TestVolunteer;
import se.samverka.account.Role;
import se.samverka.account.SamverkaUser;
import se.samverka.callout.CalloutFigureFixtures;
import se.samverka.callout.Urgency;
import se.samverka.district.Districts;

/** The week at a glance on the coordinators' start page: its figures, its tables and charts, in both languages. */
@IntegrationTest
class WeekTests {

    static final SamverkaUser COORDINATOR =
            new SamverkaUser(UUID.randomUUID(), "veckan@ekero.se", "{noop}x", Role.COORDINATOR, "Vera", true);

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Districts districts;

    @Autowired
    WeekFigures figures;

    @Autowired
    Clock clock;

    String district() {
        return districts.save(
                null, "Veckoön " + UUID.randomUUID().toString().substring(0, 8), 657000, 6575000, 900, Set.of());
    }

    UUID volunteer(String district, String frequency) {
        var id = TestVolunteer.named("Vecko Volontär").in(district).insert(jdbc).id();
        jdbc.sql("UPDATE volunteer SET ask_frequency = ? WHERE id = ?")
                .params(frequency, id)
                .update();
        return id;
    }

    Document startPage(String lang) throws Exception {
        var request = get("/samordning")
                .with(authentication(
                        new UsernamePasswordAuthenticationToken(COORDINATOR, null, COORDINATOR.getAuthorities())));
        if (lang != null) {
            request = request.param("lang", lang);
        }
        return Jsoup.parse(mvc.perform(request)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
    }

    @Test
    void theWeeksFiguresEqualTheTotalsOfWhatTheTestWrote() {
        var home = district();
        var monday = LocalDate.of(2042, 9, 1);
        var zone = clock.getZone();
        var start = monday.atStartOfDay(zone).toInstant().plus(Duration.ofHours(8));
        // asked 3 + 2 + 4 = 9 places this week, filled 2 + 2 + 1 = 5
        var a = CalloutFigureFixtures.callout(jdbc, home, monday.plusDays(1), Urgency.URGENT, 3, 2, "ACTIVE", start);
        var b = CalloutFigureFixtures.callout(jdbc, home, monday.plusDays(3), Urgency.SOON, 2, 2, "FILLED", start);
        CalloutFigureFixtures.callout(jdbc, home, monday.plusDays(5), Urgency.PLANNED, 4, 1, "STOPPED", start);
        CalloutFigureFixtures.callout(jdbc, home, monday.plusDays(8), Urgency.PLANNED, 7, 7, "FILLED", start);
        var minutes = List.of(30L, 120L, 10L);
        CalloutFigureFixtures.ask(jdbc, a, volunteer(home, "ONCE_A_WEEK"), "ACCEPTED", start, start.plusSeconds(1800));
        CalloutFigureFixtures.ask(jdbc, a, volunteer(home, "ONCE_A_WEEK"), "ACCEPTED", start, start.plusSeconds(7200));
        CalloutFigureFixtures.ask(jdbc, b, volunteer(home, "ONCE_A_WEEK"), "ACCEPTED", start, start.plusSeconds(600));
        jdbc.sql("UPDATE callout SET status = 'STOPPED', active_subject = NULL, ended_at = ?, end_reason = 'STOPPED'"
                        + " WHERE id = ?")
                .params(java.sql.Timestamp.from(start), a)
                .update();

        var week = figures.workOut(monday.plusDays(2));

        assertThat(week.monday()).isEqualTo(monday);
        assertThat(week.sunday()).isEqualTo(monday.plusDays(6));
        assertThat(week.placesAsked()).isEqualTo(9);
        assertThat(week.placesFilled()).isEqualTo(5);
        assertThat(week.fillPercent()).isEqualTo(Math.round(100.0 * 5 / 9));
        assertThat(week.days()).hasSize(7);
        assertThat(week.filled()).isEqualTo(minutes.size());
        assertThat(week.median()).isEqualTo(Duration.ofMinutes(30));
        assertThat(week.p90()).isEqualTo(Duration.ofMinutes(120));
        assertThat(Week.hoursMinutes(week.p90())).isEqualTo("2 h 00 min");
    }

    @Test
    void theReserveIsReadyVolunteersNotEngagedThisWeekWithinTheirBudget() {
        var home = district();
        var today = LocalDate.now(clock);
        var now = clock.instant();
        var before = figures.workOut(today).reserve();

        volunteer(home, "ONCE_A_WEEK"); // counts
        var askedOnceOfTwo = volunteer(home, "TWICE_A_MONTH"); // counts: one ask left
        CalloutFigureFixtures.contacted(jdbc, askedOnceOfTwo, now.minus(Duration.ofDays(3)));
        var askedLastMonth = volunteer(home, "ONCE_A_WEEK"); // counts: the ask is outside the week's window
        CalloutFigureFixtures.contacted(jdbc, askedLastMonth, now.minus(Duration.ofDays(20)));
        var budgetUsed = volunteer(home, "ONCE_A_WEEK");
        CalloutFigureFixtures.contacted(jdbc, budgetUsed, now.minus(Duration.ofDays(2)));
        var monthUsed = volunteer(home, "ONCE_A_MONTH");
        CalloutFigureFixtures.contacted(jdbc, monthUsed, now.minus(Duration.ofDays(20)));
        volunteer(home, "ONLY_IN_CRISIS");
        var paused = volunteer(home, "ONCE_A_WEEK");
        jdbc.sql("UPDATE volunteer SET paused_until = ? WHERE id = ?")
                .params(Date.valueOf(today.plusDays(10)), paused)
                .update();
        var unconfirmed = volunteer(home, "ONCE_A_WEEK");
        jdbc.sql("UPDATE volunteer SET email_confirmed_at = NULL WHERE id = ?")
                .param(unconfirmed)
                .update();
        var engaged = volunteer(home, "ONCE_A_WEEK");
        var need = CalloutFigureFixtures.callout(
                jdbc, home, today, Urgency.SOON, 2, 1, "FILLED", now.minus(Duration.ofDays(30)));
        CalloutFigureFixtures.ask(
                jdbc, need, engaged, "ACCEPTED", now.minus(Duration.ofDays(30)), now.minus(Duration.ofDays(30)));

        var after = figures.workOut(today).reserve();

        assertThat(after - before).isEqualTo(3);
    }

    @Test
    void theStartPageShowsTheWeekAsTablesWithChartsFromStaticScriptsOnly() throws Exception {
        var page = startPage(null);

        var week = page.getElementById("week");
        assertThat(week).isNotNull();
        assertThat(week.selectFirst("h2").text()).startsWith("Veckan i korthet");
        var open = page.getElementById("week-open");
        assertThat(open.selectFirst("caption").text()).isEqualTo("Öppna behov efter brådska");
        assertThat(open.select("thead th[scope=col]")).hasSize(3);
        assertThat(open.select("tbody th[scope=row]")).hasSize(Urgency.values().length);
        assertThat(open.attr("data-chart-column")).isEqualTo("0");
        assertThat(page.getElementById("week-reserve").text()).matches("\\d+");
        assertThat(page.select("#week-days, #week-days-empty")).hasSize(1);
        var sources = page.select("script").eachAttr("src");
        assertThat(sources).anyMatch(src -> src.startsWith("/webjars/chart.js/") && src.contains("chart.umd.min"));
        assertThat(sources).anyMatch(src -> src.startsWith("/js/charts"));
        // the addresses the page names are served, as JavaScript
        for (var src : sources) {
            var served =
                    mvc.perform(get(src)).andExpect(status().isOk()).andReturn().getResponse();
            assertThat(served.getContentType()).as(src).contains("javascript");
        }
        assertThat(page.select("script:not([src])")).isEmpty();
        assertThat(page.select("[style]")).isEmpty();
        assertThat(page.select("[onclick], [onload]")).isEmpty();
    }

    @Test
    void theWeekSpeaksEnglish() throws Exception {
        var page = startPage("en");

        assertThat(page.getElementById("week-heading").text()).startsWith("The week at a glance");
        assertThat(page.getElementById("week-open").selectFirst("caption").text())
                .isEqualTo("Open needs by urgency");
        assertThat(page.select("#week dt").eachText()).contains("In reserve");
    }

    @Test
    void theChartScriptAndChartJsAreServedToEveryone() throws Exception {
        var script = mvc.perform(get("/js/charts.js"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse();
        assertThat(script.getContentType()).contains("javascript");
        assertThat(script.getContentAsString()).contains("data-chart").contains("new window.Chart(");
        mvc.perform(get("/webjars/chart.js/dist/chart.umd.min.js")).andExpect(status().isOk());
    }

    @Test
    void volunteersAndResidentsDoNotSeeTheStartPage() throws Exception {
        mvc.perform(get("/samordning")).andExpect(status().is3xxRedirection());
        var volunteer = new SamverkaUser(UUID.randomUUID(), "v@example.se", null, Role.VOLUNTEER, "Vilma", true);
        mvc.perform(get("/samordning")
                        .with(authentication(
                                new UsernamePasswordAuthenticationToken(volunteer, null, volunteer.getAuthorities()))))
                .andExpect(status().isForbidden());
    }
}
