package se.samverka.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import se.samverka.IntegrationTest;
import se.samverka.account.AccountManagement;
import se.samverka.account.Role;
import se.samverka.municipality.MunicipalIdentities;
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

    @Autowired
    Municipality municipality;

    @Autowired
    MunicipalIdentities identities;

    @Test
    void accessibilityStatementFollowsTheModelStatementInSwedishAndEnglish() throws Exception {
        var statement = municipality.accessibility();
        var sv = page("/tillganglighet", "sv");
        assertThat(sv.select("h1").text()).isEqualTo("Tillgänglighetsredogörelse för Samverka");
        assertThat(sv.select("#accessibility-intro").text())
                .startsWith(identities.current().name() + " står bakom Samverka");
        assertThat(sv.select("a#accessibility-contact").attr("href")).isEqualTo("mailto:" + statement.contact());
        assertThat(sv.select("a#digg-link").attr("href")).isEqualTo("https://www.digg.se/tdosanmalan");
        assertThat(sv.select("#accessibility-response").text())
                .isEqualTo("Vi svarar inom " + statement.responseDays() + " arbetsdagar.");
        assertThat(sv.select("#accessibility-assessed").text())
                .contains(statement.assessed().toString());
        assertThat(sv.select("#accessibility-reviewed").text())
                .contains(statement.updated().toString());
        assertThat(sv.text())
                .contains(
                        "lagen (2018:1937)",
                        "axe-core",
                        "skärmläsare",
                        "Myndigheten för digital förvaltning",
                        "Teknisk information om webbplatsens tillgänglighet");

        var en = page("/tillganglighet", "en");
        assertThat(en.select("h1").text()).isEqualTo("Accessibility statement for Samverka");
        assertThat(en.select("a#accessibility-contact").attr("href")).isEqualTo("mailto:" + statement.contact());
        assertThat(en.text()).contains("screen readers", "last updated on " + statement.updated());
    }

    @Test
    void withNoKnownShortcomingTheStatementSaysFullyCompliantAndHowThatWasTested() throws Exception {
        var statement = municipality.accessibility();
        assertThat(statement.shortcomings())
                .as("the Nu HTML checker finds no error on any page the browser tests visit")
                .isEmpty();
        var sv = page("/tillganglighet", "sv");
        assertThat(sv.select("#accessibility-status").text()).contains("helt förenlig");
        assertThat(sv.text()).doesNotContain("delvis förenlig");
        assertThat(sv.select("#accessibility-shortcomings")).isEmpty();
        assertThat(sv.text()).contains("Nu HTML Checker", "enbart tangentbord", "320 pixlar");
        var en = page("/tillganglighet", "en");
        assertThat(en.select("#accessibility-status").text()).contains("fully compliant");
        assertThat(en.text()).contains("Nu HTML Checker", "keyboard alone", "320 pixels");
    }

    @Test
    void aKnownShortcomingMakesItOnlyPartlyCompliant() {
        var one = new Municipality.Accessibility(
                "a@b.se", 5, LocalDate.now(), LocalDate.now(), List.of("html-validation"));
        assertThat(one.fullyCompliant()).isFalse();
        assertThat(municipality.accessibility().fullyCompliant()).isTrue();
    }

    @Test
    void theFooterLinksToTheAccessibilityStatementNextToThePrivacyNotice() throws Exception {
        var home = page("/", "sv");
        assertThat(home.select("footer a[href=/integritet]")).hasSize(1);
        assertThat(home.select("footer a[href=/tillganglighet]").text()).isEqualTo("Tillgänglighet");
        assertThat(home.select("footer #municipality-contact").text())
                .startsWith(identities.current().name());
    }

    /** Every module that stores personal data; a new one must declare its processing here and in code. */
    static final Set<String> MODULES_WITH_PERSONAL_DATA = Set.of(
            "account",
            "volunteer",
            "helprequest",
            "task",
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

    @Autowired
    AccountManagement accounts;

    @Test
    void signedInPagesCarryTheWarningBeforeTheSessionEndsAndStayingSignedInAnswers204() throws Exception {
        var username = "tidsgrans-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.createStaffAccount(username, "Hemligt-losen-1", Role.COORDINATOR, "Tina Tid");
        var login = mvc.perform(formLogin().user(username).password("Hemligt-losen-1"))
                .andReturn()
                .getResponse();
        var session = login.getCookie("SESSION");
        assertThat(session).as("signed in").isNotNull();

        var html = mvc.perform(get("/tillganglighet").cookie(session))
                .andReturn()
                .getResponse()
                .getContentAsString();
        var warning = Jsoup.parse(html).getElementById("session-warning");
        assertThat(warning).isNotNull();
        assertThat(warning.attr("data-session-seconds")).isEqualTo("28800");
        assertThat(warning.attr("data-warn-before")).isEqualTo("300");
        assertThat(warning.select("form[action=/inloggning/forlang] input[name=_csrf]"))
                .hasSize(1);

        assertThat(page("/", "sv").getElementById("session-warning"))
                .as("no session to lose")
                .isNull();
        mvc.perform(post("/inloggning/forlang").with(csrf()).cookie(session)).andExpect(status().isNoContent());
        mvc.perform(post("/inloggning/forlang").with(csrf())).andExpect(status().is3xxRedirection());
    }
}
