package se.samverka.helprequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static se.samverka.helprequest.HelpRequestFixtures.asCoordinator;
import static se.samverka.helprequest.HelpRequestFixtures.shopping;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import se.samverka.IntegrationTest;
import se.samverka.district.Districts;

@IntegrationTest
class AttentionListTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    HelpRequests helpRequests;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Districts districts;

    @Test
    void requestsWaitingLongOrDueSoonAreOnTheAttentionListAndOthersAreNot() throws Exception {
        var today = LocalDate.now(ZoneId.of("Europe/Stockholm"));
        // a district of its own, so that other tests' requests cannot crowd the list
        var district = districts.save(null, "Uppmärksamholmen " + System.nanoTime(), 650000, 6590000, 950, Set.of());
        var dueToday = helpRequests.submit(shopping(district, today, Channel.PHONE), "test");
        var waitedLong = helpRequests.submit(shopping(district, today.plusDays(20), Channel.WEB), "test");
        jdbc.sql("UPDATE help_request SET created_at = ? WHERE id = ?")
                .params(Timestamp.from(Instant.now().minus(2, ChronoUnit.DAYS)), waitedLong.id())
                .update();
        var fresh = helpRequests.submit(shopping(district, today.plusDays(20), Channel.PHONE), "test");
        var takenToday = helpRequests.submit(shopping(district, today, Channel.PHONE), "test");
        helpRequests.markAssigned(takenToday.id(), "test", "Någon");

        var page = Jsoup.parse(
                mvc.perform(get("/samordning").param("district", district).with(asCoordinator()))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString());
        var items = page.select("#attention li").eachText();
        assertThat(items)
                .anyMatch(t -> t.startsWith("#" + dueToday.number() + " ") && t.contains("i dag eller i morgon"));
        assertThat(items)
                .anyMatch(t -> t.startsWith("#" + waitedLong.number() + " ") && t.contains("har väntat sedan"));
        assertThat(items).noneMatch(t -> t.startsWith("#" + fresh.number() + " "));
        assertThat(items).noneMatch(t -> t.startsWith("#" + takenToday.number() + " "));
    }
}
