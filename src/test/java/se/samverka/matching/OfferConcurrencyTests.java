package se.samverka.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.samverka.IntegrationTest;
import se.samverka.helprequest.HelpRequestStatus;
import se.samverka.helprequest.HelpRequests;
import se.samverka.volunteer.Volunteers;

@IntegrationTest
class OfferConcurrencyTests {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    HelpRequests helpRequests;

    @Autowired
    Offers offers;

    @Autowired
    Volunteers volunteers;

    @Test
    void fiftyConcurrentAcceptsGiveExactlyOneAssignee() throws Exception {
        var request = helpRequests.submit(MatchingFixtures.shopping("Greta Concurrency", "munso"), "test");
        var volunteerIds = new ArrayList<UUID>();
        for (int i = 0; i < 50; i++) {
            var user = MatchingFixtures.volunteer(jdbc, "Racer " + i, "munso");
            volunteerIds.add(
                    volunteers.findByAccount(user.accountId()).orElseThrow().id());
        }
        assertThat(offers.offer(request.id(), volunteerIds, "test")).isEqualTo(50);
        var pending = jdbc.sql(
                        "SELECT id, request_id, volunteer_id, status, offered_at FROM offer WHERE request_id = ?")
                .param(request.id())
                .query(Offer::map)
                .list();
        assertThat(pending).hasSize(50);

        var start = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(50);
        var results = new ArrayList<java.util.concurrent.Future<AcceptResult>>();
        for (var offer : pending) {
            Callable<AcceptResult> accept = () -> {
                start.await();
                return offers.accept(offer);
            };
            results.add(pool.submit(accept));
        }
        start.countDown();
        pool.shutdown();
        assertThat(pool.awaitTermination(60, TimeUnit.SECONDS)).isTrue();

        var accepted = 0;
        for (var result : results) {
            var value = result.get();
            assertThat(value).isIn(AcceptResult.ACCEPTED, AcceptResult.ALREADY_TAKEN);
            accepted += value == AcceptResult.ACCEPTED ? 1 : 0;
        }
        assertThat(accepted).isEqualTo(1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM assignment WHERE request_id = ? AND status = 'ACTIVE'")
                        .param(request.id())
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM offer WHERE request_id = ? AND status = 'ACCEPTED'")
                        .param(request.id())
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM offer WHERE request_id = ? AND status = 'TAKEN'")
                        .param(request.id())
                        .query(Integer.class)
                        .single())
                .isEqualTo(49);
        assertThat(helpRequests.find(request.id()).orElseThrow().status()).isEqualTo(HelpRequestStatus.ASSIGNED);
    }

    @Test
    void databaseRefusesASecondActiveAssigneeEvenWithoutTheService() {
        var request = helpRequests.submit(MatchingFixtures.shopping("Greta Guard", "adelso"), "test");
        var a = volunteers
                .findByAccount(
                        MatchingFixtures.volunteer(jdbc, "Guard A", "adelso").accountId())
                .orElseThrow();
        var b = volunteers
                .findByAccount(
                        MatchingFixtures.volunteer(jdbc, "Guard B", "adelso").accountId())
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
