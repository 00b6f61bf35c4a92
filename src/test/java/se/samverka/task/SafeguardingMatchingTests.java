package se.samverka.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import se.samverka.IntegrationTest;
import se.samverka.callout.CalloutQueries;
import se.samverka.district.Districts;
import se.samverka.helpkind.HelpKindCommands;
import se.samverka.helpkind.HelpKinds;
import se.samverka.helprequest.HelpRequests;
import se.samverka.safeguarding.CheckKind;
import se.samverka.safeguarding.Safeguarding;
import se.samverka.volunteer.Volunteers;

/**
 * With shopping set to need level 1 (by the administrator, on the kind), suggestions and call-outs leave out volunteers without an identity
 * check and the current pledge, and say why.
 */
@IntegrationTest
class SafeguardingMatchingTests {

    @Autowired
    HelpKinds kinds;

    @Autowired
    HelpKindCommands kindCommands;

    @BeforeEach
    void shoppingNeedsLevelOne() {
        kindCommands.setSafeguardingLevel(se.samverka.shared.HelpKind.SHOPPING, 1);
    }

    /** Tests share the database: every other test runs with no kind needing a check. */
    @AfterEach
    void shoppingNeedsNothingAgain() {
        kindCommands.setSafeguardingLevel(se.samverka.shared.HelpKind.SHOPPING, 0);
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Districts districts;

    @Autowired
    HelpRequests helpRequests;

    @Autowired
    Volunteers volunteers;

    @Autowired
    Safeguarding safeguarding;

    @Autowired
    CalloutQueries calloutQueries;

    @Test
    void suggestionsAndCallOutsReachOnlyVolunteersAtTheLevelTheKindNeeds() throws Exception {
        var home = districts.save(null, "Tryggholmen " + System.nanoTime(), 661000, 6577000, 973, Set.of());
        var request = helpRequests.submit(TaskFixtures.shopping("Tyra Trygg", home), "test");
        var checked = id(TaskFixtures.volunteer(jdbc, "Karin Kontrollerad", home));
        var unchecked = id(TaskFixtures.volunteer(jdbc, "Ulf Okontrollerad", home));
        safeguarding.record(checked, CheckKind.ID_CHECKED, "samordnare-test", LocalDate.now(), null);
        safeguarding.acceptCurrentPledge(checked);
        assertThat(safeguarding.requiredFor(se.samverka.shared.HelpKind.SHOPPING))
                .isEqualTo(1);
        var coordinator = authentication(MyTasksAccessTests.as(TaskFixtures.coordinator()));

        var page = Jsoup.parse(mvc.perform(
                        get("/samordning/arenden/{id}/volontarer", request.id()).with(coordinator))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(page.select("table:has(caption) tbody tr").eachText())
                .singleElement()
                .satisfies(row -> assertThat(row).contains("Karin Kontrollerad"));
        assertThat(page.select("main details tbody tr").text())
                .contains("Ulf Okontrollerad")
                .contains("saknar de kontroller uppdraget kräver");
        assertThat(page.select("main details tbody a").eachAttr("href"))
                .containsExactly("/samordning/volontarer/" + unchecked + "/kontroller");

        mvc.perform(post("/samordning/arenden/{id}/utskick", request.id())
                        .param("urgency", "PLANNED")
                        .with(coordinator)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        var calloutId = jdbc.sql("SELECT id FROM callout WHERE subject_id = ?")
                .param(request.id())
                .query(UUID.class)
                .single();
        assertThat(jdbc.sql("SELECT safeguarding_level FROM callout WHERE id = ?")
                        .param(calloutId)
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
        assertThat(calloutQueries.asks(calloutId))
                .extracting(a -> a.volunteerId())
                .containsExactly(checked);
        assertThat(calloutQueries.skipped(calloutId)).singleElement().satisfies(s -> {
            assertThat(s.volunteerId()).isEqualTo(unchecked);
            assertThat(s.reason().name()).isEqualTo("SAFEGUARDING");
        });
    }

    private UUID id(se.samverka.account.SamverkaUser user) {
        return volunteers.findByAccount(user.accountId()).orElseThrow().id();
    }
}
