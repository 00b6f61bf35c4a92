package se.samverka.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.samverka.IntegrationTest;
import se.samverka.callout.AnswerResult;
import se.samverka.callout.AskStatus;
import se.samverka.callout.CalloutAnswers;
import se.samverka.callout.CalloutQueries;
import se.samverka.callout.CalloutStatus;
import se.samverka.helprequest.HelpRequestStatus;
import se.samverka.helprequest.HelpRequests;
import se.samverka.volunteer.Volunteers;

@IntegrationTest
class HandPickedConcurrencyTests {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    HelpRequests helpRequests;

    @Autowired
    HandPicking handPicking;

    @Autowired
    CalloutQueries calloutQueries;

    @Autowired
    CalloutAnswers calloutAnswers;

    @Autowired
    Volunteers volunteers;

    @Test
    void fiftyConcurrentYesesToAHandPickedCallOutGiveExactlyOneAssignee() throws Exception {
        var request = helpRequests.submit(TaskFixtures.shopping("Greta Concurrency", "munso"), "test");
        var volunteerIds = new ArrayList<UUID>();
        for (int i = 0; i < 50; i++) {
            var user = TaskFixtures.volunteer(jdbc, "Racer " + i, "munso");
            volunteerIds.add(
                    volunteers.findByAccount(user.accountId()).orElseThrow().id());
        }
        var picked = handPicking.ask(request.id(), volunteerIds, "test");
        assertThat(picked.asked()).hasSize(50);
        assertThat(picked.heldBack()).isEmpty();
        var asks = calloutQueries.asks(picked.calloutId());
        assertThat(asks).hasSize(50).allMatch(a -> a.status() == AskStatus.PENDING);

        var start = new CountDownLatch(1);
        // 20 threads race for the 50 yeses: each holds a database connection while it waits for the asking lock,
        // and the test database is shared with other test JVMs, so 50 at once can run out of connections
        var pool = Executors.newFixedThreadPool(20);
        var results = new ArrayList<Future<AnswerResult>>();
        for (var ask : asks) {
            Callable<AnswerResult> yes = () -> {
                start.await();
                return calloutAnswers.answer(ask.id(), true);
            };
            results.add(pool.submit(yes));
        }
        start.countDown();
        pool.shutdown();
        assertThat(pool.awaitTermination(60, TimeUnit.SECONDS)).isTrue();

        var accepted = 0;
        for (var result : results) {
            var value = result.get();
            assertThat(value).isIn(AnswerResult.ACCEPTED, AnswerResult.NOT_NEEDED);
            accepted += value == AnswerResult.ACCEPTED ? 1 : 0;
        }
        assertThat(accepted).isEqualTo(1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM assignment WHERE request_id = ? AND status = 'ACTIVE'")
                        .param(request.id())
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
        var after = calloutQueries.asks(picked.calloutId());
        assertThat(after).filteredOn(a -> a.status() == AskStatus.ACCEPTED).hasSize(1);
        assertThat(after).filteredOn(a -> a.status() == AskStatus.STOOD_DOWN).hasSize(49);
        assertThat(calloutQueries.find(picked.calloutId()).orElseThrow().status())
                .isEqualTo(CalloutStatus.FILLED);
        assertThat(helpRequests.find(request.id()).orElseThrow().status()).isEqualTo(HelpRequestStatus.ASSIGNED);
    }

    @Test
    void databaseRefusesASecondActiveAssigneeEvenWithoutTheService() {
        var request = helpRequests.submit(TaskFixtures.shopping("Greta Guard", "adelso"), "test");
        var a = volunteers
                .findByAccount(TaskFixtures.volunteer(jdbc, "Guard A", "adelso").accountId())
                .orElseThrow();
        var b = volunteers
                .findByAccount(TaskFixtures.volunteer(jdbc, "Guard B", "adelso").accountId())
                .orElseThrow();
        var insert =
                "INSERT INTO assignment (id, request_id, volunteer_id, status, active_request_id, via, assigned_at) VALUES (?, ?, ?, 'ACTIVE', ?, 'DIRECT', CURRENT_TIMESTAMP)";
        jdbc.sql(insert)
                .params(UUID.randomUUID(), request.id(), a.id(), request.id())
                .update();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> jdbc.sql(insert)
                        .params(UUID.randomUUID(), request.id(), b.id(), request.id())
                        .update())
                .isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
    }
}
