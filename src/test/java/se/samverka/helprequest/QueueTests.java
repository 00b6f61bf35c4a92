package se.samverka.helprequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static se.samverka.helprequest.HelpRequestFixtures.asCoordinator;
import static se.samverka.helprequest.HelpRequestFixtures.newDistrict;
import static se.samverka.helprequest.HelpRequestFixtures.request;
import static se.samverka.helprequest.HelpRequestFixtures.shopping;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.hamcrest.Matchers;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import se.samverka.IntegrationTest;
import se.samverka.district.Districts;
import se.samverka.shared.HelpKind;

@IntegrationTest
class QueueTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    HelpRequests helpRequests;

    @Autowired
    Districts districts;

    @Autowired
    Clock clock;

    LocalDate today() {
        return LocalDate.now(clock);
    }

    @Test
    void countsEveryStatusAndShowsTheActiveOnesByDefault() throws Exception {
        var district = newDistrict(districts);
        var fresh = helpRequests.submit(shopping(district, today(), Channel.WEB), "web");
        var open = helpRequests.submit(shopping(district, today(), Channel.PHONE), "sara");
        var assigned = helpRequests.submit(shopping(district, today(), Channel.PHONE), "sara");
        helpRequests.markAssigned(assigned.id(), "task", null);
        var done = helpRequests.submit(shopping(district, today(), Channel.PHONE), "sara");
        helpRequests.markAssigned(done.id(), "task", null);
        helpRequests.markDone(done.id(), "vera", null);
        var cancelled = helpRequests.submit(shopping(district, today(), Channel.PHONE), "sara");
        helpRequests.cancel(cancelled.id(), "sara", null, false);
        var notHelped = helpRequests.submit(shopping(district, today(), Channel.PHONE), "sara");
        helpRequests.markNotHelped(notHelped.id(), "sara", "ingen kunde");

        var page = queue(get("/samordning").param("district", district));
        assertThat(tab(page, "Aktiva")).isEqualTo("Aktiva (3)");
        assertThat(tab(page, "Ny")).isEqualTo("Ny (1)");
        assertThat(tab(page, "Öppen")).isEqualTo("Öppen (1)");
        assertThat(tab(page, "Tilldelad")).isEqualTo("Tilldelad (1)");
        assertThat(tab(page, "Klar")).isEqualTo("Klar (1)");
        assertThat(tab(page, "Inställd")).isEqualTo("Inställd (1)");
        assertThat(tab(page, "Kunde inte få hjälp")).isEqualTo("Kunde inte få hjälp (1)");
        assertThat(numbers(page)).containsExactlyInAnyOrder(number(fresh), number(open), number(assigned));

        var closed = queue(get("/samordning").param("district", district).param("status", "DONE"));
        assertThat(numbers(closed)).containsExactly(number(done));
        assertThat(closed.select("a[aria-current=page]").text()).startsWith("Klar");
    }

    @Test
    void sortsByDateThenTime() throws Exception {
        var district = newDistrict(districts);
        var late = helpRequests.submit(
                request(
                        district,
                        HelpKind.SHOPPING,
                        today().plusDays(1),
                        LocalTime.of(15, 0),
                        Recurrence.ONE_OFF,
                        Channel.PHONE,
                        null),
                "sara");
        var early = helpRequests.submit(
                request(
                        district,
                        HelpKind.SHOPPING,
                        today().plusDays(1),
                        LocalTime.of(9, 0),
                        Recurrence.ONE_OFF,
                        Channel.PHONE,
                        null),
                "sara");
        var first = helpRequests.submit(
                request(
                        district,
                        HelpKind.SHOPPING,
                        today(),
                        LocalTime.of(18, 0),
                        Recurrence.ONE_OFF,
                        Channel.PHONE,
                        null),
                "sara");
        assertThat(numbers(queue(get("/samordning").param("district", district))))
                .containsExactly(number(first), number(early), number(late));
    }

    @Test
    void filtersByKindAndDates() throws Exception {
        var district = newDistrict(districts);
        var pharmacy = helpRequests.submit(
                request(
                        district,
                        HelpKind.PHARMACY,
                        today().plusDays(5),
                        LocalTime.of(9, 0),
                        Recurrence.ONE_OFF,
                        Channel.PHONE,
                        null),
                "sara");
        var shoppingToday = helpRequests.submit(shopping(district, today(), Channel.PHONE), "sara");
        var shoppingLater = helpRequests.submit(shopping(district, today().plusDays(10), Channel.PHONE), "sara");

        assertThat(numbers(queue(get("/samordning").param("district", district).param("kind", "PHARMACY"))))
                .containsExactly(number(pharmacy));
        assertThat(numbers(queue(get("/samordning")
                        .param("district", district)
                        .param("from", today().plusDays(1).toString())
                        .param("to", today().plusDays(9).toString()))))
                .containsExactly(number(pharmacy));
        assertThat(numbers(queue(get("/samordning").param("district", district).param("to", today().toString()))))
                .containsExactly(number(shoppingToday));
        assertThat(numbers(queue(get("/samordning")
                        .param("district", district)
                        .param("from", today().plusDays(10).toString()))))
                .containsExactly(number(shoppingLater));
        // tab counts follow the filters too
        var filtered = queue(get("/samordning").param("district", district).param("kind", "PHARMACY"));
        assertThat(tab(filtered, "Öppen")).isEqualTo("Öppen (1)");
        // and the filter form shows what is chosen
        assertThat(filtered.select("#filter-kind option[selected]").val()).isEqualTo("PHARMACY");
        assertThat(filtered.select("#filter-district option[selected]").val()).isEqualTo(district);
    }

    @Test
    void valuesNobodyCouldChooseAreIgnoredInsteadOfFailing() throws Exception {
        var district = newDistrict(districts);
        var request = helpRequests.submit(shopping(district, today(), Channel.PHONE), "sara");
        assertThat(numbers(queue(get("/samordning")
                        .param("district", district)
                        .param("kind", "DANCING")
                        .param("from", "igår")
                        .param("status", "WHATEVER")
                        .param("page", "-3"))))
                .containsExactly(number(request));
    }

    @Test
    void pagesTwentyFivePerPageWithLinksThatKeepTheFilters() throws Exception {
        var district = newDistrict(districts);
        for (int i = 0; i < 27; i++) {
            helpRequests.submit(
                    request(
                            district,
                            HelpKind.SHOPPING,
                            today().plusDays(i % 3),
                            LocalTime.of(8 + i % 10, 0),
                            Recurrence.ONE_OFF,
                            Channel.PHONE,
                            null),
                    "sara");
        }
        var first = queue(get("/samordning").param("district", district));
        assertThat(numbers(first)).hasSize(25);
        assertThat(first.text()).contains("Visar 1–25 av 27");
        var pageLinks = first.select("nav ul.pagination a");
        assertThat(pageLinks.eachText()).containsExactly("1", "2", "Nästa");
        assertThat(first.select("ul.pagination a[aria-current=page]").text()).isEqualTo("1");
        var second = pageLinks.get(1).attr("href");
        assertThat(second).contains("district=" + district).contains("page=2");

        var last = queue(get(second));
        assertThat(numbers(last)).hasSize(2);
        assertThat(last.text()).contains("Visar 26–27 av 27");
        // a page past the end shows the last page
        assertThat(numbers(queue(get("/samordning").param("district", district).param("page", "9"))))
                .hasSize(2);
    }

    @Test
    void riskGroupIsNotShownInTheQueueSinceItIsEncryptedHealthData() throws Exception {
        var district = newDistrict(districts);
        helpRequests.submit(
                request(district, HelpKind.SHOPPING, today(), LocalTime.NOON, Recurrence.WEEKLY, Channel.PHONE, true),
                "sara",
                true);
        helpRequests.submit(
                request(district, HelpKind.SHOPPING, today(), LocalTime.NOON, Recurrence.ONE_OFF, Channel.PHONE, false),
                "sara",
                true);
        var page = queue(get("/samordning").param("district", district));
        assertThat(page.select("#queue-table tbody tr")).hasSize(2);
        assertThat(page.select("#queue-table tbody .risk-group")).isEmpty();
        assertThat(page.select("#queue-table tbody").text())
                .doesNotContain("Riskgrupp")
                .contains("Varje vecka");
    }

    @Test
    void emptyQueueSaysWhatToDoNext() throws Exception {
        var district = newDistrict(districts);
        var page = queue(get("/samordning").param("district", district));
        assertThat(page.select("#queue-table")).isEmpty();
        assertThat(page.select(".empty-state").text())
                .contains("Inga ärenden passar filtren")
                .contains("Ta emot ett samtal");
        assertThat(page.select(".empty-state a[href=/samordning/telefon]")).hasSize(1);
    }

    @Test
    void htmxGetsOnlyTheResultsAndHistoryRestoreTheWholePage() throws Exception {
        var district = newDistrict(districts);
        helpRequests.submit(shopping(district, today(), Channel.PHONE), "sara");
        var fragment = mvc.perform(get("/samordning")
                        .param("district", district)
                        .header("HX-Request", "true")
                        .with(asCoordinator()))
                .andExpect(status().isOk())
                .andExpect(header().stringValues("Vary", Matchers.hasItem("HX-Request")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(fragment).doesNotContain("<html").doesNotContain("<h1").contains("id=\"queue-results\"");
        assertThat(Jsoup.parse(fragment).select("#queue-table tbody tr")).hasSize(1);

        var restored = mvc.perform(get("/samordning")
                        .header("HX-Request", "true")
                        .header("HX-History-Restore-Request", "true")
                        .with(asCoordinator()))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(restored).contains("<html");
    }

    @Test
    void filterFormWorksWithoutJavaScriptAndOffersHtmx() throws Exception {
        var page = queue(get("/samordning"));
        var form = page.select("main form[role=search]");
        assertThat(form.attr("method")).isEqualTo("get");
        assertThat(form.attr("action")).isEqualTo("/samordning");
        assertThat(form.attr("data-hx-get")).isEqualTo("/samordning");
        assertThat(form.attr("data-hx-push-url")).isEqualTo("true");
        assertThat(form.attr("data-hx-target")).isEqualTo("#queue-results");
    }

    @Test
    void isInEnglishOnRequest() throws Exception {
        var page = queue(get("/samordning").param("lang", "en"));
        assertThat(page.select("h1").text()).isEqualTo("Requests");
        assertThat(page.select("nav ul.counts").text()).contains("Active").contains("Could not be helped");
        assertThat(page.html()).doesNotContain("??");
    }

    private Document queue(MockHttpServletRequestBuilder request) throws Exception {
        return Jsoup.parse(mvc.perform(request.with(asCoordinator()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    }

    private static String tab(Document page, String label) {
        return page.select("ul.counts a").stream()
                .map(a -> a.text())
                .filter(t -> t.startsWith(label + " ("))
                .findFirst()
                .orElse(null);
    }

    private static List<String> numbers(Document page) {
        return page.select("#queue-table tbody th[scope=row] a").eachText();
    }

    private static String number(HelpRequest request) {
        return String.valueOf(request.number());
    }
}
