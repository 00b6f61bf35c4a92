package se.samverka.helprequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static se.samverka.helprequest.HelpRequestFixtures.DISTRICT;
import static se.samverka.helprequest.HelpRequestFixtures.as;
import static se.samverka.helprequest.HelpRequestFixtures.shopping;
import static se.samverka.helprequest.HelpRequestFixtures.volunteer;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import se.samverka.IntegrationTest;
import se.samverka.account.Role;
import se.samverka.account.SamverkaUser;

@IntegrationTest
class AccessTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    HelpRequests helpRequests;

    @Autowired
    Clock clock;

    @Test
    void anonymousVisitorsAreSentToLogInForEveryCoordinatorPage() throws Exception {
        for (var request : coordinatorRequests(newRequest())) {
            mvc.perform(request.with(csrf()))
                    .andExpect(status().is3xxRedirection())
                    .andExpect(redirectedUrl("/login"));
        }
    }

    @Test
    void volunteersAreRefusedEveryCoordinatorPageAndCannotChangeAnything() throws Exception {
        var id = newRequest();
        for (var request : coordinatorRequests(id)) {
            mvc.perform(request.with(as(volunteer())).with(csrf())).andExpect(status().isForbidden());
        }
        assertThat(helpRequests.find(id).orElseThrow().status()).isEqualTo(HelpRequestStatus.NEW);
        assertThat(helpRequests.history(id)).hasSize(1);
    }

    @Test
    void administratorsCanDoWhatCoordinatorsDo() throws Exception {
        var admin = new SamverkaUser(UUID.randomUUID(), "admin@ekero.se", "{noop}x", Role.ADMIN, "Adam Admin", true);
        mvc.perform(get("/samordning").with(as(admin))).andExpect(status().isOk());
        mvc.perform(get("/samordning/telefon").with(as(admin))).andExpect(status().isOk());
    }

    @Test
    void thePublicFormAndReceiptNeedNoLogin() throws Exception {
        mvc.perform(get("/be-om-hjalp")).andExpect(status().isOk());
        mvc.perform(get("/be-om-hjalp/tack")).andExpect(status().isOk());
    }

    private UUID newRequest() {
        return helpRequests
                .submit(shopping(DISTRICT, LocalDate.now(clock), Channel.WEB), "web")
                .id();
    }

    private static List<MockHttpServletRequestBuilder> coordinatorRequests(UUID id) {
        var page = "/samordning/arenden/" + id;
        return List.of(
                get("/samordning"),
                get("/samordning").header("HX-Request", "true"),
                get("/samordning/telefon"),
                post("/samordning/telefon"),
                get(page),
                post(page + "/oppna"),
                post(page + "/stall-in").param("cancelReason", "x"),
                post(page + "/kunde-inte-hjalpas").param("notHelpedReason", "x"));
    }
}
