package se.samverka.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import se.samverka.IntegrationTest;
import se.samverka.helprequest.HelpRequestStatus;
import se.samverka.helprequest.HelpRequests;
import se.samverka.volunteer.Volunteers;

@IntegrationTest
class VolunteerLeavingTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    HelpRequests helpRequests;

    @Autowired
    Volunteers volunteers;

    @Autowired
    Assignments assignments;

    @Test
    void aLeavingVolunteersActiveTaskReturnsToTheQueueAndTheirNameLeavesTheHistory() throws Exception {
        var user = TaskFixtures.volunteer(jdbc, "Maja Avgår", "ekero-centrum");
        var maja = volunteers.findByAccount(user.accountId()).orElseThrow();
        var done = helpRequests.submit(TaskFixtures.shopping("Nils Klar", "ekero-centrum"), "test");
        var doneAssignment = assignments.assign(done, maja, "DIRECT", "test");
        assignments.complete(doneAssignment, maja, "Allt gick bra, hälsningar Maja Avgår", 30);
        var active = helpRequests.submit(TaskFixtures.shopping("Olga Aktiv", "ekero-centrum"), "test");
        assignments.assign(active, maja, "DIRECT", "test");

        mvc.perform(post("/mina-sidor/profil/ta-bort")
                        .param("understood", "true")
                        .with(csrf())
                        .with(authentication(MyTasksAccessTests.as(user))))
                .andExpect(redirectedUrl("/bli-volontar/hej-da"));

        assertThat(helpRequests.find(active.id()).orElseThrow().status()).isEqualTo(HelpRequestStatus.OPEN);
        assertThat(helpRequests.find(done.id()).orElseThrow().status()).isEqualTo(HelpRequestStatus.DONE);
        for (var request : new java.util.UUID[] {done.id(), active.id()}) {
            var history = helpRequests.history(request);
            assertThat(history).isNotEmpty();
            assertThat(history)
                    .noneMatch(h -> h.actor().contains("Maja Avgår")
                            || (h.detail() != null && h.detail().contains("Maja Avgår")));
        }
        assertThat(helpRequests.history(done.id()))
                .anyMatch(
                        h -> "DONE".equals(h.action()) && h.actor().equals(VolunteerLeavingListener.FORMER_VOLUNTEER));
    }
}
