package se.samverka.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import se.samverka.IntegrationTest;
import se.samverka.account.SamverkaUser;
import se.samverka.callout.CalloutAsked;
import se.samverka.helprequest.HelpRequestStatus;
import se.samverka.helprequest.HelpRequests;
import se.samverka.volunteer.Volunteers;

@IntegrationTest
@RecordApplicationEvents
class MyTasksAccessTests {

    @Autowired
    ApplicationEvents events;

    @Autowired
    HandPicking handPicking;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    HelpRequests helpRequests;

    @Autowired
    Volunteers volunteers;

    static Authentication as(SamverkaUser user) {
        return new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities());
    }

    @Test
    void assigneeSeesResidentDataOnlyWhileActiveAndOthersNever() throws Exception {
        var alice = TaskFixtures.volunteer(jdbc, "Alice Access", "stenhamra");
        var bob = TaskFixtures.volunteer(jdbc, "Bob Access", "stenhamra");
        var request = helpRequests.submit(TaskFixtures.shopping("Gunnel Hemlig", "stenhamra"), "test");
        var aliceId = volunteers.findByAccount(alice.accountId()).orElseThrow().id();

        mvc.perform(post("/samordning/arenden/{id}/tilldela", request.id())
                        .param("volunteerId", aliceId.toString())
                        .with(csrf())
                        .with(authentication(as(TaskFixtures.coordinator()))))
                .andExpect(status().is3xxRedirection());
        var assignmentId = jdbc.sql("SELECT id FROM assignment WHERE request_id = ? AND status = 'ACTIVE'")
                .param(request.id())
                .query(UUID.class)
                .single();

        var alicePage = page("/mina-sidor", alice);
        // the honest picture: need in her districts, the others there, how often we asked; with a task she is not
        // told she is in the reserve (Bob, with nothing to do, is)
        assertThat(alicePage)
                .contains("Läget i dina områden")
                .contains("Vi har frågat dig en gång den senaste perioden")
                .contains("Högst en gång i veckan")
                .doesNotContain("en del av reserven");
        assertThat(alicePage).contains("Gunnel Hemlig").contains("Blåbär").contains("Bryggvägen 3");
        var bobPage = page("/mina-sidor", bob);
        assertThat(bobPage)
                .contains("en del av reserven")
                .doesNotContain("Gunnel Hemlig")
                .doesNotContain("Blåbär")
                .doesNotContain("Bryggvägen");

        // Bob cannot finish, hand back or even learn about Alice's task
        mvc.perform(post("/mina-sidor/uppdrag/{id}/klart", assignmentId)
                        .with(csrf())
                        .with(authentication(as(bob))))
                .andExpect(status().isNotFound());
        mvc.perform(post("/mina-sidor/uppdrag/{id}/lamna-tillbaka", assignmentId)
                        .param("reason", "x")
                        .with(csrf())
                        .with(authentication(as(bob))))
                .andExpect(status().isNotFound());
        // a volunteer cannot reach the coordinators' pages of the request
        mvc.perform(get("/samordning/arenden/{id}/volontarer", request.id()).with(authentication(as(bob))))
                .andExpect(status().isForbidden());

        mvc.perform(post("/mina-sidor/uppdrag/{id}/klart", assignmentId)
                        .param("note", "Allt fanns")
                        .param("minutes", "45")
                        .with(csrf())
                        .with(authentication(as(alice))))
                .andExpect(status().is3xxRedirection());
        assertThat(helpRequests.find(request.id()).orElseThrow().status()).isEqualTo(HelpRequestStatus.DONE);
        // once done, the resident's details are gone from Alice's page too
        assertThat(page("/mina-sidor", alice)).doesNotContain("Gunnel Hemlig").doesNotContain("Blåbär");
    }

    @Test
    void handingBackReturnsTheRequestToTheQueueAndRequiresAReason() throws Exception {
        var carl = TaskFixtures.volunteer(jdbc, "Carl Back", "sanga");
        var request = helpRequests.submit(TaskFixtures.shopping("Sigrid Back", "sanga"), "test");
        var carlId = volunteers.findByAccount(carl.accountId()).orElseThrow().id();
        mvc.perform(post("/samordning/arenden/{id}/tilldela", request.id())
                .param("volunteerId", carlId.toString())
                .with(csrf())
                .with(authentication(as(TaskFixtures.coordinator()))));
        var assignmentId = jdbc.sql("SELECT id FROM assignment WHERE request_id = ? AND status = 'ACTIVE'")
                .param(request.id())
                .query(UUID.class)
                .single();

        var empty = mvc.perform(post("/mina-sidor/uppdrag/{id}/lamna-tillbaka", assignmentId)
                        .param("reason", " ")
                        .with(csrf())
                        .with(authentication(as(carl))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(empty).contains("Skriv varför du lämnar tillbaka uppdraget");
        assertThat(helpRequests.find(request.id()).orElseThrow().status()).isEqualTo(HelpRequestStatus.ASSIGNED);

        mvc.perform(post("/mina-sidor/uppdrag/{id}/lamna-tillbaka", assignmentId)
                        .param("reason", "Jag blev sjuk")
                        .with(csrf())
                        .with(authentication(as(carl))))
                .andExpect(status().is3xxRedirection());
        assertThat(helpRequests.find(request.id()).orElseThrow().status()).isEqualTo(HelpRequestStatus.OPEN);
        assertThat(helpRequests.history(request.id()))
                .anyMatch(h -> "RETURNED".equals(h.action()) && "Jag blev sjuk".equals(h.detail()));
    }

    @Test
    void aHandPickedAskShowsNoResidentDataTheSecondYesIsThankedAndAnOldOfferLinkLeadsToTheAnswerPage()
            throws Exception {
        var request = helpRequests.submit(TaskFixtures.shopping("Rut Privat", "farentuna"), "test");
        var chosen = new java.util.ArrayList<UUID>();
        for (var name : new String[] {"Dora Link", "Erik Link"}) {
            var user = TaskFixtures.volunteer(jdbc, name, "farentuna");
            chosen.add(volunteers.findByAccount(user.accountId()).orElseThrow().id());
        }
        var picked = handPicking.ask(request.id(), chosen, "test");
        var tokens = events.stream(CalloutAsked.class)
                .filter(e -> e.calloutId().equals(picked.calloutId()))
                .map(CalloutAsked::token)
                .toList();
        assertThat(tokens).hasSize(2);

        // a link of an offer e-mail sent before offers became hand-picked call-outs: the same token, now an ask's
        mvc.perform(get("/erbjudande/{t}", tokens.get(0)))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/utskick/svar/" + tokens.get(0)));
        var askPage = mvc.perform(get("/utskick/svar/{t}", tokens.get(0)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(askPage)
                .contains("Färentuna")
                .doesNotContain("Rut Privat")
                .doesNotContain("Blåbär")
                .doesNotContain("Bryggvägen");

        var first = mvc.perform(post("/utskick/svar/{t}/ja", tokens.get(0)).with(csrf()))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(first).contains("Uppdraget är ditt");
        var second = mvc.perform(post("/utskick/svar/{t}/ja", tokens.get(1)).with(csrf()))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(second).contains("behovet är redan fyllt");
        assertThat(helpRequests.find(request.id()).orElseThrow().status()).isEqualTo(HelpRequestStatus.ASSIGNED);

        // an offer long gone: an honest page, not an error
        var gone = mvc.perform(get("/erbjudande/{t}", "not-a-real-token"))
                .andExpect(status().isNotFound())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(gone).contains("Erbjudandet behövs inte längre");
    }

    private String page(String url, SamverkaUser user) throws Exception {
        return mvc.perform(get(url).with(authentication(as(user))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }
}
