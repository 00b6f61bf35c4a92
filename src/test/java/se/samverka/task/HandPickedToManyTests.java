package se.samverka.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.samverka.IntegrationTest;
import se.samverka.helprequest.HelpRequests;
import se.samverka.volunteer.Volunteers;

/**
 * Asking many hand-picked volunteers at once names them all in the request's history (it failed with 500 at about
 * 45).
 */
@IntegrationTest
class HandPickedToManyTests {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    HelpRequests helpRequests;

    @Autowired
    HandPicking handPicking;

    @Autowired
    Volunteers volunteers;

    @Test
    void askingSixtyHandPickedVolunteersWithFullNamesAsksThemAllAndHistoryNamesEveryone() {
        var request = helpRequests.submit(TaskFixtures.shopping("Greta Många", "stenhamra"), "test");
        var volunteerIds = new ArrayList<UUID>();
        for (int i = 0; i < 60; i++) {
            var user = TaskFixtures.volunteer(jdbc, "Anna-Karin Lindqvist-Johansson " + i, "stenhamra");
            volunteerIds.add(
                    volunteers.findByAccount(user.accountId()).orElseThrow().id());
        }

        assertThat(handPicking.ask(request.id(), volunteerIds, "samordnare").asked())
                .hasSize(60);

        var offered = helpRequests.history(request.id()).stream()
                .filter(entry -> "OFFERED".equals(entry.action()))
                .findFirst()
                .orElseThrow();
        assertThat(offered.detail())
                .hasSizeGreaterThan(1000)
                .contains("Anna-Karin Lindqvist-Johansson 0")
                .contains("Anna-Karin Lindqvist-Johansson 59");
    }
}
