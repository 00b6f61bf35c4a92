package se.samverka.helprequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static se.samverka.helprequest.HelpRequestFixtures.DISTRICT;
import static se.samverka.helprequest.HelpRequestFixtures.as;
import static se.samverka.helprequest.HelpRequestFixtures.asCoordinator;
import static se.samverka.helprequest.HelpRequestFixtures.coordinator;
import static se.samverka.helprequest.HelpRequestFixtures.request;
import static se.samverka.helprequest.HelpRequestFixtures.shopping;
import static se.samverka.helprequest.HelpRequestFixtures.weekly;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import se.samverka.IntegrationTest;
import se.samverka.shared.HelpKind;

@IntegrationTest
class RequestPageTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    HelpRequests helpRequests;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    LocalDate today() {
        return LocalDate.now(clock);
    }

    @Test
    void showsEveryDetailTheSensitiveBoxAndTheHistory() throws Exception {
        var request = helpRequests.submit(
                request(
                        DISTRICT,
                        HelpKind.PHARMACY,
                        today(),
                        LocalTime.of(9, 30),
                        Recurrence.WEEKLY,
                        Channel.WEB,
                        true),
                "web",
                true);
        helpRequests.note(request.id(), "task", "OFFERED", "3 volontärer");
        var page = page(request.id());
        assertThat(page.select("h1").text()).isEqualTo("Ärende " + request.number());
        assertThat(page.select("#request-status").text()).isEqualTo("Ny");
        var details = page.select("dl").text();
        assertThat(details)
                .contains("Greta Ek")
                .contains("08-560 390 00")
                .contains("Tappström 12")
                .contains("Ekerö centrum")
                .contains("Apoteksärende")
                .contains("Mjölk, bröd och kaffe")
                .contains("09:30–11:30")
                .contains("Varje vecka")
                .contains("Faktura")
                .contains("Blåbär")
                .contains("Webbformulär");
        assertThat(page.select(".sensitive h2").text()).isEqualTo("Känslig uppgift");
        assertThat(page.select(".sensitive").text()).contains("aldrig för volontärer");
        assertThat(page.select("#risk-group").text()).isEqualTo("Ja");
        var history = page.select("section:has(#history-heading) tbody tr");
        assertThat(history).hasSize(2);
        assertThat(history.get(0).text())
                .contains("Webbformuläret")
                .contains("Förfrågan kom in")
                .contains("Ny")
                .contains(monthName());
        assertThat(history.get(1).text())
                .contains("task")
                .contains("Erbjuden en volontär")
                .contains("3 volontärer");
    }

    @Test
    void pointsToTheSuggestedVolunteersWithAndWithoutJavaScript() throws Exception {
        var request = helpRequests.submit(shopping(DISTRICT, today(), Channel.PHONE), "sara");
        var html = mvc.perform(get("/samordning/arenden/" + request.id()).with(asCoordinator()))
                .andReturn()
                .getResponse()
                .getContentAsString();
        var url = "/samordning/arenden/" + request.id() + "/volontarer";
        var section = Jsoup.parse(html).selectFirst("section#volunteers");
        assertThat(section.attr("data-hx-get")).isEqualTo(url);
        assertThat(section.attr("data-hx-trigger")).isEqualTo("load");
        assertThat(section.attr("data-hx-swap")).isEqualTo("innerHTML");
        assertThat(Jsoup.parse(html).select("#volunteers a[href=" + url + "]").text())
                .isEqualTo("Visa föreslagna volontärer");
        var english = page(get("/samordning/arenden/" + request.id()).param("lang", "en"));
        assertThat(english.select("#volunteers a").text()).isEqualTo("Show suggested volunteers");
    }

    @Test
    void unknownOrMalformedIdsAreNotFound() throws Exception {
        mvc.perform(get("/samordning/arenden/" + UUID.randomUUID()).with(asCoordinator()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/samordning/arenden/inte-ett-id").with(asCoordinator()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/samordning/arenden/" + UUID.randomUUID() + "/oppna")
                        .with(asCoordinator())
                        .with(csrf()))
                .andExpect(status().isNotFound());
    }

    @Test
    void openingANewRequestMakesItOpenAndSaysWho() throws Exception {
        var request = helpRequests.submit(shopping(DISTRICT, today(), Channel.WEB), "web");
        var sara = coordinator();
        mvc.perform(post("/samordning/arenden/" + request.id() + "/oppna")
                        .with(as(sara))
                        .with(csrf()))
                .andExpect(redirectedUrl("/samordning/arenden/" + request.id()))
                .andExpect(flash().attribute("flash", "helprequest.flash.opened"));
        assertThat(helpRequests.find(request.id()).orElseThrow().status()).isEqualTo(HelpRequestStatus.OPEN);
        assertThat(helpRequests.history(request.id())).last().satisfies(h -> {
            assertThat(h.action()).isEqualTo("OPENED");
            assertThat(h.actor()).isEqualTo(sara.username());
            assertThat(h.from()).isEqualTo(HelpRequestStatus.NEW);
        });
    }

    @Test
    void whenSomeoneElseWasQuickerTheCoordinatorGetsAFriendlyMessage() throws Exception {
        var request = helpRequests.submit(shopping(DISTRICT, today(), Channel.WEB), "web");
        helpRequests.open(request.id(), "olle");
        mvc.perform(post("/samordning/arenden/" + request.id() + "/oppna")
                        .with(asCoordinator())
                        .with(csrf()))
                .andExpect(redirectedUrl("/samordning/arenden/" + request.id()))
                .andExpect(flash().attribute("flash", "helprequest.flash.conflict"));

        helpRequests.markAssigned(request.id(), "task", null);
        helpRequests.markDone(request.id(), "vera", null);
        mvc.perform(post("/samordning/arenden/" + request.id() + "/kunde-inte-hjalpas")
                        .param("notHelpedReason", "x")
                        .with(asCoordinator())
                        .with(csrf()))
                .andExpect(flash().attribute("flash", "helprequest.flash.conflict"));
        var conflict = mvc.perform(post("/samordning/arenden/" + request.id() + "/stall-in")
                        .with(asCoordinator())
                        .with(csrf()))
                .andExpect(flash().attribute("flash", "helprequest.flash.conflict"))
                .andReturn();
        assertThat(helpRequests.find(request.id()).orElseThrow().status()).isEqualTo(HelpRequestStatus.DONE);

        // the flash message travels in the (database-stored) session: follow the session cookie
        var page = Jsoup.parse(mvc.perform(get("/samordning/arenden/" + request.id())
                        .cookie(conflict.getResponse().getCookies())
                        .with(asCoordinator()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(page.select(".flash").text())
                .isEqualTo("Någon annan hann ändra ärendet före dig. Här ser du hur det ser ut nu.");
        // a closed request offers no actions
        assertThat(page.select("form[action*=/stall-in], form[action*=/oppna], form[action*=/kunde-inte]"))
                .isEmpty();
    }

    @Test
    void actionsOfferedFollowTheStatus() throws Exception {
        var fresh = helpRequests.submit(shopping(DISTRICT, today(), Channel.WEB), "web");
        var newPage = page(fresh.id());
        assertThat(newPage.select("form[action$=/oppna] button").text())
                .isEqualTo("Öppna ärende " + fresh.number() + " för volontärer");
        assertThat(newPage.select("form[action$=/stall-in] button").text())
                .isEqualTo("Ställ in ärende " + fresh.number());
        assertThat(newPage.select("main form input[name=_csrf]")).hasSize(3);
        // only weekly requests offer to end the series
        assertThat(newPage.select("input[name=endSeries]")).isEmpty();

        var open = helpRequests.submit(weekly(DISTRICT, today()), "sara");
        var openPage = page(open.id());
        assertThat(openPage.select("form[action$=/oppna]")).isEmpty();
        assertThat(openPage.select("input[name=endSeries]")).hasSize(1);
    }

    @Test
    void cancellingWithAReasonRecordsIt() throws Exception {
        var request = helpRequests.submit(shopping(DISTRICT, today(), Channel.PHONE), "sara");
        mvc.perform(post("/samordning/arenden/" + request.id() + "/stall-in")
                        .param("cancelReason", "Dottern handlar")
                        .param("_endSeries", "on")
                        .with(asCoordinator())
                        .with(csrf()))
                .andExpect(flash().attribute("flash", "helprequest.flash.cancelled"));
        assertThat(helpRequests.find(request.id()).orElseThrow().status()).isEqualTo(HelpRequestStatus.CANCELLED);
        assertThat(helpRequests.history(request.id())).last().satisfies(h -> {
            assertThat(h.action()).isEqualTo("CANCELLED");
            assertThat(h.detail()).isEqualTo("Dottern handlar");
        });
    }

    @Test
    void cancellingOneWeekOfASeriesLeavesTheNextWeekOpen() throws Exception {
        var request = helpRequests.submit(weekly(DISTRICT, today().plusDays(1)), "sara");
        mvc.perform(post("/samordning/arenden/" + request.id() + "/stall-in")
                        .param("_endSeries", "on")
                        .with(asCoordinator())
                        .with(csrf()))
                .andExpect(flash().attribute("flash", "helprequest.flash.cancelled"));
        assertThat(statusesInSeries(request.seriesId())).containsExactly("CANCELLED", "OPEN");
    }

    @Test
    void endingTheWholeSeriesLeavesNoNextWeek() throws Exception {
        var request = helpRequests.submit(weekly(DISTRICT, today().plusDays(1)), "sara");
        mvc.perform(post("/samordning/arenden/" + request.id() + "/stall-in")
                        .param("endSeries", "true")
                        .param("_endSeries", "on")
                        .with(asCoordinator())
                        .with(csrf()))
                .andExpect(flash().attribute("flash", "helprequest.flash.cancelledSeries"));
        assertThat(statusesInSeries(request.seriesId())).containsExactly("CANCELLED");
        assertThat(helpRequests.history(request.id()))
                .last()
                .satisfies(h -> assertThat(h.action()).isEqualTo("CANCELLED_SERIES"));
    }

    @Test
    void notHelpedNeedsAReasonShownAtTheField() throws Exception {
        var request = helpRequests.submit(shopping(DISTRICT, today(), Channel.PHONE), "sara");
        var html = mvc.perform(post("/samordning/arenden/" + request.id() + "/kunde-inte-hjalpas")
                        .param("notHelpedReason", "  ")
                        .with(asCoordinator())
                        .with(csrf()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        var page = Jsoup.parse(html);
        assertThat(page.select("#notHelpedReason-error").text()).isEqualTo("Skriv varför personen inte kunde få hjälp");
        assertThat(page.select("#error-summary a[href=#notHelpedReason-field]")).hasSize(1);
        assertThat(page.select("details:has(#notHelpedReason)").attr("open")).isNotNull();
        assertThat(page.select("details:has(#notHelpedReason)").hasAttr("open")).isTrue();
        assertThat(page.select("details:has(#cancelReason)").hasAttr("open")).isFalse();
        assertThat(helpRequests.find(request.id()).orElseThrow().status()).isEqualTo(HelpRequestStatus.OPEN);
    }

    @Test
    void reasonsLongerThanFiveHundredCharactersAreRefusedAndKept() throws Exception {
        var request = helpRequests.submit(shopping(DISTRICT, today(), Channel.PHONE), "sara");
        var tooLong = "x".repeat(501);
        var page = Jsoup.parse(mvc.perform(post("/samordning/arenden/" + request.id() + "/stall-in")
                        .param("cancelReason", tooLong)
                        .with(asCoordinator())
                        .with(csrf()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(page.select("#cancelReason-error").text()).isEqualTo("Skriv högst 500 tecken");
        assertThat(page.select("#cancelReason").text()).isEqualTo(tooLong);
        assertThat(helpRequests.find(request.id()).orElseThrow().status()).isEqualTo(HelpRequestStatus.OPEN);
    }

    @Test
    void notHelpedWithAReasonClosesTheRequest() throws Exception {
        var request = helpRequests.submit(shopping(DISTRICT, today(), Channel.PHONE), "sara");
        mvc.perform(post("/samordning/arenden/" + request.id() + "/kunde-inte-hjalpas")
                        .param("notHelpedReason", "Ingen volontär kunde")
                        .with(asCoordinator())
                        .with(csrf()))
                .andExpect(flash().attribute("flash", "helprequest.flash.notHelped"));
        var saved = helpRequests.find(request.id()).orElseThrow();
        assertThat(saved.status()).isEqualTo(HelpRequestStatus.NOT_HELPED);
        assertThat(saved.notHelpedReason()).isEqualTo("Ingen volontär kunde");
        assertThat(page(request.id()).select("dl").text()).contains("Ingen volontär kunde");
    }

    @Test
    void isInEnglishOnRequest() throws Exception {
        var request = helpRequests.submit(shopping(DISTRICT, today(), Channel.PHONE), "sara");
        var page = page(get("/samordning/arenden/" + request.id()).param("lang", "en"));
        assertThat(page.select("h1").text()).isEqualTo("Request " + request.number());
        assertThat(page.select("#request-status").text()).isEqualTo("Open");
        assertThat(page.select(".sensitive h2").text()).isEqualTo("Sensitive information");
        assertThat(page.html()).doesNotContain("??");
    }

    private Document page(UUID id) throws Exception {
        return page(get("/samordning/arenden/" + id));
    }

    private Document page(MockHttpServletRequestBuilder request) throws Exception {
        return Jsoup.parse(mvc.perform(request.with(asCoordinator()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    }

    private List<String> statusesInSeries(UUID seriesId) {
        return jdbc.sql("SELECT status FROM help_request WHERE series_id = ? ORDER BY requested_date")
                .param(seriesId)
                .query(String.class)
                .list();
    }

    private String monthName() {
        return DateTimeFormatter.ofPattern("MMMM", Locale.forLanguageTag("sv")).format(today());
    }
}
