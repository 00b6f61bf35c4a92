package se.samverka.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import se.samverka.IntegrationTest;
import se.samverka.callout.CalloutQueries;
import se.samverka.callout.Callouts;
import se.samverka.callout.SubjectType;
import se.samverka.callout.Urgency;
import se.samverka.district.Districts;
import se.samverka.helprequest.HelpRequests;

@IntegrationTest
class CalloutStartTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Districts districts;

    @Autowired
    HelpRequests helpRequests;

    @Autowired
    Callouts callouts;

    @Autowired
    CalloutQueries calloutQueries;

    private String district(String name) {
        return districts.save(
                null, name + " " + System.nanoTime(), 520000 + Math.random() * 1000, 7100000, 991, Set.of());
    }

    private Document volunteersPage(UUID requestId, Cookie... cookies) throws Exception {
        var builder = get("/samordning/arenden/{id}/volontarer", requestId);
        if (cookies.length > 0) {
            builder = builder.cookie(cookies);
        }
        return Jsoup.parse(mvc.perform(builder.with(authentication(MyTasksAccessTests.as(TaskFixtures.coordinator()))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    }

    @Test
    void startingFromTheVolunteersPageAsksANearbyVolunteerByEmailWithAnAnswerLink() throws Exception {
        var home = district("Startholmen");
        var request = helpRequests.submit(TaskFixtures.shopping("Sara Start", home), "test");
        var volunteer = TaskFixtures.volunteer(jdbc, "Kalle Start", home);
        var coordinator = authentication(MyTasksAccessTests.as(TaskFixtures.coordinator()));

        var before = volunteersPage(request.id());
        assertThat(before.select("#callout-section h2").text()).isEqualTo("Fråga volontärer");
        assertThat(before.select("#callout-section").text()).contains("tre gånger så många som behövs");
        assertThat(before.select("#callout-start input[type=radio]")).hasSize(3);
        assertThat(before.select("#callout-start legend").text()).isEqualTo("Hur bråttom är det?");
        assertThat(before.select("#callout-start button").text()).isEqualTo("Fråga volontärer");

        var result = mvc.perform(post("/samordning/arenden/{id}/utskick", request.id())
                        .param("urgency", "SOON")
                        .with(coordinator)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("flash", "task.callout.started"))
                .andReturn();
        var callout =
                calloutQueries.activeFor(SubjectType.HELP_REQUEST, request.id()).orElseThrow();
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/samordning/utskick/" + callout.id());
        assertThat(callout.title()).isEqualTo("#" + request.number());
        assertThat(callout.urgency()).isEqualTo(Urgency.SOON);
        assertThat(callout.startedBy()).isEqualTo("samordnare-test");
        assertThat(callout.peopleNeeded()).isEqualTo(1);
        assertThat(callout.districtId()).isEqualTo(home);
        assertThat(callout.from()).isEqualTo(request.timeFrom());
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(jdbc.sql(
                                        "SELECT body FROM outbox_message WHERE recipient = ? AND dedupe_key LIKE 'callout-asked:%'")
                                .param(volunteer.username())
                                .query(String.class)
                                .list())
                        .singleElement()
                        .asString()
                        .contains("/utskick/svar/"));

        var during = volunteersPage(request.id());
        assertThat(during.select("#callout-active").text())
                .isEqualTo("Ett utskick pågår: 1 tillfrågade, 0 har svarat, 1 behövs fortfarande.");
        assertThat(during.select("#callout-section a").attr("href")).isEqualTo("/samordning/utskick/" + callout.id());
        assertThat(during.select("#callout-start")).isEmpty();

        // a second start leads to the running one
        mvc.perform(post("/samordning/arenden/{id}/utskick", request.id())
                        .param("urgency", "URGENT")
                        .with(coordinator)
                        .with(csrf()))
                .andExpect(redirectedUrl("/samordning/utskick/" + callout.id()))
                .andExpect(flash().attribute("flash", "task.callout.alreadyActive"));
        assertThat(calloutQueries.forSubject(SubjectType.HELP_REQUEST, request.id()))
                .hasSize(1);

        // once stopped, it is listed as an earlier call-out and a new one can be started
        callouts.stop(callout.id(), "test");
        var after = volunteersPage(request.id());
        assertThat(after.select("#callout-earlier tbody tr").text())
                .contains("Stoppat")
                .contains("0 av 1");
        assertThat(after.select("#callout-earlier a").attr("href")).isEqualTo("/samordning/utskick/" + callout.id());
        assertThat(after.select("#callout-start")).hasSize(1);
    }

    @Test
    void aMissingOrUnknownUrgencyIsShownNextToTheFieldAndStartsNothing() throws Exception {
        var home = district("Felholmen");
        var request = helpRequests.submit(TaskFixtures.shopping("Fia Fel", home), "test");
        var coordinator = authentication(MyTasksAccessTests.as(TaskFixtures.coordinator()));

        for (var urgency : new String[] {null, "NOW"}) {
            var builder = post("/samordning/arenden/{id}/utskick", request.id())
                    .with(coordinator)
                    .with(csrf());
            if (urgency != null) {
                builder = builder.param("urgency", urgency);
            }
            // the session cookie, as in a browser: the rejected choice comes back as a flash attribute
            var cookies = mvc.perform(builder)
                    .andExpect(redirectedUrl("/samordning/arenden/" + request.id() + "/volontarer"))
                    .andReturn()
                    .getResponse()
                    .getCookies();
            var page = volunteersPage(request.id(), cookies);
            assertThat(page.select("#urgency-error").text()).isEqualTo("Välj hur bråttom det är");
            assertThat(page.select("#error-summary a").attr("href")).isEqualTo("#urgency-field");
            assertThat(page.select("#callout-start input[type=radio][checked]")).isEmpty();
        }
        assertThat(calloutQueries.forSubject(SubjectType.HELP_REQUEST, request.id()))
                .isEmpty();
    }

    @Test
    void aRequestThatIsNoLongerOpenGetsNoCallout() throws Exception {
        var home = district("Stängdholmen");
        var request = helpRequests.submit(TaskFixtures.shopping("Stina Stängd", home), "test");
        TaskFixtures.volunteer(jdbc, "Lars Stängd", home);
        helpRequests.cancel(request.id(), "test", "Löst på annat sätt", false);

        mvc.perform(post("/samordning/arenden/{id}/utskick", request.id())
                        .param("urgency", "URGENT")
                        .with(authentication(MyTasksAccessTests.as(TaskFixtures.coordinator())))
                        .with(csrf()))
                .andExpect(redirectedUrl("/samordning/arenden/" + request.id() + "/volontarer"))
                .andExpect(flash().attribute("flash", "task.callout.notAssignable"));
        assertThat(calloutQueries.forSubject(SubjectType.HELP_REQUEST, request.id()))
                .isEmpty();
        assertThat(volunteersPage(request.id()).select("#callout-section").text())
                .contains("Ärendet är inte öppet");
    }
}
