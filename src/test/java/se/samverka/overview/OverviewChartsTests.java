package se.samverka.overview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.web.servlet.MockMvc;
import se.samverka.IntegrationTest;
import se.samverka.account.Role;
import se.samverka.account.SamverkaUser;

/** The overview's tables stay the content; a static script draws a bar chart of each table's totals over them. */
@IntegrationTest
class OverviewChartsTests {

    @Autowired
    MockMvc mvc;

    @Test
    void everyTableOfSeveralFiguresIsChartedByItsTotalsFromStaticScriptsOnly() throws Exception {
        var user = new SamverkaUser(
                UUID.randomUUID(), "rep-diagram", "x", Role.DEPARTMENT_REPRESENTATIVE, "Representant", true);
        var page = Jsoup.parse(mvc.perform(get("/samverkan/oversikt")
                        .with(authentication(
                                new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));

        var tables = page.select("main table");
        assertThat(tables).isNotEmpty();
        for (var table : tables) {
            var rows = table.select("tbody tr").size();
            assertThat(table.hasAttr("data-chart"))
                    .as("charted when it has several rows")
                    .isEqualTo(rows > 1);
            assertThat(table.attr("data-chart-column")).isEqualTo("last");
            assertThat(table.select("thead th").last().text()).isEqualTo("Totalt");
            assertThat(table.select("tbody th[scope=row]")).hasSize(rows);
        }
        var sources = page.select("script").eachAttr("src");
        assertThat(sources).anyMatch(src -> src.startsWith("/webjars/chart.js/"));
        assertThat(sources).anyMatch(src -> src.startsWith("/js/charts"));
        assertThat(page.select("script:not([src])")).isEmpty();
        assertThat(page.select("[style]")).isEmpty();
    }
}
