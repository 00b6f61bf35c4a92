package se.samverka.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import se.samverka.IntegrationTest;
import se.samverka.shared.ProcessingActivities;
import se.samverka.shared.ProcessingActivity;

/**
 * The pages a Swedish authority must publish: the accessibility statement and the record of processing. The
 * statement's contact and review date are set in application-test.properties, not left at their defaults.
 */
@IntegrationTest
class PublicStatementPagesTests {

    @Autowired
    MockMvc mvc;

    @Test
    void accessibilityStatementFollowsTheModelStatementInSwedishAndEnglish() throws Exception {
        var sv = page("/tillganglighet", "sv");
        assertThat(sv.select("h1").text()).isEqualTo("Tillgänglighetsredogörelse för Samverka");
        assertThat(sv.select("a#accessibility-contact").attr("href")).isEqualTo("mailto:a11y@kommun.example");
        assertThat(sv.select("a#digg-link").attr("href")).isEqualTo("https://www.digg.se/tdosanmalan");
        assertThat(sv.select("#accessibility-reviewed").text()).contains("2026-11-29");
        assertThat(sv.text())
                .contains(
                        "WCAG 2.1", "axe-core", "skärmläsare", "kontaktcenter", "Myndigheten för digital förvaltning");

        var en = page("/tillganglighet", "en");
        assertThat(en.select("h1").text()).isEqualTo("Accessibility statement for Samverka");
        assertThat(en.select("a#accessibility-contact").attr("href")).isEqualTo("mailto:a11y@kommun.example");
        assertThat(en.text()).contains("WCAG 2.1", "screen readers", "last reviewed on 2026-11-29");
    }

    @Test
    void theFooterLinksToTheAccessibilityStatementNextToThePrivacyNotice() throws Exception {
        var home = page("/", "sv");
        assertThat(home.select("footer a[href=/integritet]")).hasSize(1);
        assertThat(home.select("footer a[href=/tillganglighet]").text()).isEqualTo("Tillgänglighet");
    }

    /** Every module that stores personal data; a new one must declare its processing here and in code. */
    static final Set<String> MODULES_WITH_PERSONAL_DATA = Set.of(
            "account",
            "volunteer",
            "helprequest",
            "matching",
            "callout",
            "notification",
            "organisation",
            "effort",
            "referral",
            "idea",
            "safeguarding");

    @Autowired
    List<ProcessingActivities> declarations;

    @Test
    void everyModuleThatStoresPersonalDataDeclaresItsProcessing() {
        var declared = declarations.stream()
                .flatMap(d -> d.activities().stream())
                .map(ProcessingActivity::module)
                .collect(Collectors.toSet());
        assertThat(declared).containsAll(MODULES_WITH_PERSONAL_DATA);
    }

    @Test
    void theRecordOfProcessingListsEveryActivityWithATableInSwedishAndEnglish() throws Exception {
        var activities =
                declarations.stream().flatMap(d -> d.activities().stream()).toList();
        var sv = page("/integritet/behandlingar", "sv");
        assertThat(sv.select("h1").text()).isEqualTo("Register över behandlingar av personuppgifter");
        var sections = sv.select("section.processing-activity");
        assertThat(sections).hasSize(activities.size());
        for (var module : MODULES_WITH_PERSONAL_DATA) {
            assertThat(sv.select("section[data-module=" + module + "] table th[scope=row]"))
                    .as(module)
                    .hasSizeGreaterThanOrEqualTo(8);
        }
        assertThat(sv.text()).doesNotContain("??", ".processing.");
        var helpRequests = sv.select("section[data-module=helprequest]");
        assertThat(helpRequests.select("h2").text()).isEqualTo("Hjälpförfrågningar");
        assertThat(helpRequests.select("td.special-categories").text()).contains("riskgrupp");
        assertThat(helpRequests.text()).contains("Uppgift av allmänt intresse");
        assertThat(sv.select("section[data-module=volunteer]").text()).contains("Samtycke (artikel 6.1 a)");
        assertThat(sv.select("section[data-module=volunteer] td.special-categories"))
                .isEmpty();

        var en = page("/integritet/behandlingar", "en");
        assertThat(en.select("section[data-module=helprequest] h2").text()).isEqualTo("Help requests");
        assertThat(en.select("section[data-module=helprequest] td.special-categories")
                        .text())
                .contains("risk group");
        assertThat(en.text()).doesNotContain("??", ".processing.");

        var privacy = page("/integritet", "sv");
        assertThat(privacy.select("main a[href=/integritet/behandlingar]")).hasSize(1);
    }

    Document page(String path, String language) throws Exception {
        return Jsoup.parse(mvc.perform(get(path).cookie(new Cookie("samverka-lang", language)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    }
}
