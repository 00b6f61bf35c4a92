package se.samverka.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.samverka.IntegrationTest;
import se.samverka.callout.AskStatus;
import se.samverka.callout.CalloutQueries;
import se.samverka.helprequest.HelpRequests;
import se.samverka.volunteer.Volunteers;

@IntegrationTest
class RequestClosedTests {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    HelpRequests helpRequests;

    @Autowired
    Volunteers volunteers;

    @Autowired
    HandPicking handPicking;

    @Autowired
    CalloutQueries calloutQueries;

    @Autowired
    Assignments assignments;

    @Test
    void cancellingAnAssignedRequestEndsTheTaskStandsDownTheAskedAndTellsEveryone() {
        var request = helpRequests.submit(TaskFixtures.shopping("Harriet Stängd", "ska"), "test");
        var doer = volunteers
                .findByAccount(
                        TaskFixtures.volunteer(jdbc, "Ivar Closed", "ska").accountId())
                .orElseThrow();
        var other = volunteers
                .findByAccount(TaskFixtures.volunteer(jdbc, "Jon Closed", "ska").accountId())
                .orElseThrow();
        var picked = handPicking.ask(request.id(), List.of(other.id()), "test");
        var assignmentId = assignments.assign(helpRequests.find(request.id()).orElseThrow(), doer, "DIRECT", "test");

        helpRequests.cancel(request.id(), "samordnare", "Anhörig handlar i stället", false);

        assertThat(jdbc.sql("SELECT status FROM assignment WHERE id = ?")
                        .param(assignmentId)
                        .query(String.class)
                        .single())
                .isEqualTo("CANCELLED");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM assignment WHERE active_request_id = ?")
                        .param(request.id())
                        .query(Integer.class)
                        .single())
                .isZero();
        // the direct assignment already told the hand-picked volunteer it was filled; nothing stays pending
        assertThat(calloutQueries.asks(picked.calloutId())).allMatch(a -> a.status() == AskStatus.STOOD_DOWN);
        await().atMost(Duration.ofSeconds(15))
                .untilAsserted(() -> assertThat(jdbc.sql("SELECT COUNT(*) FROM outbox_message WHERE dedupe_key = ?")
                                .param("task-cancelled:" + assignmentId)
                                .query(Integer.class)
                                .single())
                        .isEqualTo(1));
    }

    @Test
    void notHelpedStandsDownTheHandPickedStillAsked() {
        var request = helpRequests.submit(TaskFixtures.shopping("Karin Stängd", "trakvista"), "test");
        var asked = volunteers
                .findByAccount(
                        TaskFixtures.volunteer(jdbc, "Lars Closed", "trakvista").accountId())
                .orElseThrow();
        var picked = handPicking.ask(request.id(), List.of(asked.id()), "test");
        var askId = calloutQueries.asks(picked.calloutId()).get(0).id();

        helpRequests.markNotHelped(request.id(), "samordnare", "Ingen kunde den dagen");

        assertThat(calloutQueries.askOf(askId).orElseThrow().status()).isEqualTo(AskStatus.STOOD_DOWN);
        await().atMost(Duration.ofSeconds(15))
                .untilAsserted(() -> assertThat(jdbc.sql("SELECT COUNT(*) FROM outbox_message WHERE dedupe_key = ?")
                                .param("callout-stood-down:" + askId)
                                .query(Integer.class)
                                .single())
                        .isEqualTo(1));
    }
}
