package se.samverka.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import se.samverka.IntegrationTest;
import se.samverka.district.Districts;
import se.samverka.helprequest.HelpRequestStatus;
import se.samverka.helprequest.HelpRequests;

/** First accept wins, under concurrency and in the database; and an offer nobody answered in time expires. */
@IntegrationTest
class ReferralConcurrencyTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Districts districts;

    @Autowired
    HelpRequests helpRequests;

    @Autowired
    Referrals referrals;

    @Autowired
    ReferralAnswers answers;

    @Autowired
    ReferralDeadline deadline;

    @Test
    void concurrentAcceptsByTwoOrganisationsLeaveExactlyOneAccepted() throws Exception {
        var district = ReferralFixtures.district(districts);
        for (int round = 0; round < 5; round++) {
            var request = ReferralFixtures.request(helpRequests, district, ReferralFixtures.MOBILE);
            var a = ReferralFixtures.organisation(jdbc, "Snabbföreningen", district);
            var b = ReferralFixtures.organisation(jdbc, "Kvickföreningen", district);
            referrals.offer(
                    request.id(), List.of(a, b), "Handla", Duration.ofHours(24), ConsentMethod.PHONE, null, "test");
            var start = new CountDownLatch(1);
            var pool = Executors.newFixedThreadPool(2);
            var results = new ArrayList<Future<AnswerOutcome>>();
            for (var org : List.of(a, b)) {
                var referral = referralOf(request.id(), org);
                results.add(pool.submit(() -> {
                    start.await();
                    return answers.accept(referral, org, "test " + org);
                }));
            }
            start.countDown();
            var outcomes = new ArrayList<AnswerOutcome>();
            for (var result : results) {
                outcomes.add(result.get());
            }
            pool.shutdown();
            assertThat(outcomes).containsExactlyInAnyOrder(AnswerOutcome.ACCEPTED, AnswerOutcome.TAKEN_BY_OTHER);
            assertThat(jdbc.sql("SELECT status FROM referral WHERE request_id = ?")
                            .param(request.id())
                            .query(String.class)
                            .list())
                    .containsExactlyInAnyOrder("ACCEPTED", "WITHDRAWN");
        }
    }

    @Test
    void theDatabaseRefusesASecondAcceptedOrganisation() {
        var district = ReferralFixtures.district(districts);
        var request = ReferralFixtures.request(helpRequests, district, ReferralFixtures.MOBILE);
        var a = ReferralFixtures.organisation(jdbc, "Vaktföreningen", district);
        var b = ReferralFixtures.organisation(jdbc, "Väktarklubben", district);
        referrals.offer(request.id(), List.of(a, b), "Handla", Duration.ofHours(24), ConsentMethod.PHONE, null, "test");
        assertThat(answers.accept(referralOf(request.id(), a), a, "test")).isEqualTo(AnswerOutcome.ACCEPTED);

        // bypassing the service: the unique key on accepted_request_id still says no
        assertThatThrownBy(
                        () -> jdbc.sql("""
				UPDATE referral SET status = 'ACCEPTED', accepted_request_id = request_id, answered_at = offered_at
				WHERE id = ?""").param(referralOf(request.id(), b)).update())
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void offersNobodyAcceptedInTimeExpireAndTheRequestReturnsToTheQueueWithAWarning() throws Exception {
        var district = ReferralFixtures.district(districts);
        var request = ReferralFixtures.request(helpRequests, district, ReferralFixtures.MOBILE);
        var a = ReferralFixtures.organisation(jdbc, "Sovföreningen", district);
        var b = ReferralFixtures.organisation(jdbc, "Slumrarklubben", district);
        referrals.offer(request.id(), List.of(a, b), "Handla", Duration.ofHours(24), ConsentMethod.PHONE, null, "test");
        var offeredAt = jdbc.sql("SELECT MIN(offered_at) FROM referral WHERE request_id = ?")
                .param(request.id())
                .query(Timestamp.class)
                .single()
                .toInstant();
        var referralA = referralOf(request.id(), a);
        var referralB = referralOf(request.id(), b);

        // an hour in: nothing happens
        assertThat(deadline.expire(referralA, offeredAt.plus(Duration.ofHours(1))))
                .isFalse();
        assertThat(statuses(request.id())).containsOnly("OFFERED");
        assertThat(helpRequests.find(request.id()).orElseThrow().status()).isEqualTo(HelpRequestStatus.ASSIGNED);

        // past the deadline: both offers expire, the request is back in the queue, on the attention list
        Instant late = offeredAt.plus(Duration.ofHours(25));
        assertThat(deadline.expire(referralA, late)).isTrue();
        assertThat(deadline.expire(referralB, late)).isFalse();
        assertThat(statuses(request.id())).containsOnly("EXPIRED");
        assertThat(helpRequests.find(request.id()).orElseThrow().status()).isEqualTo(HelpRequestStatus.OPEN);
        assertThat(helpRequests.history(request.id()))
                .extracting(h -> h.action())
                .contains("REFERRAL_EXPIRED", "RETURNED");
        var page = Jsoup.parse(mvc.perform(get("/samordning")
                        .param("district", district)
                        .with(ReferralFixtures.as(ReferralFixtures.coordinator())))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(page.select("#attention li").eachText())
                .anyMatch(t ->
                        t.startsWith("#" + request.number() + " ") && t.contains("ingen förening tackade ja i tid"));

        // referred again: the warning goes away
        var c = ReferralFixtures.organisation(jdbc, "Vakenföreningen", district);
        assertThat(referrals.offer(request.id(), List.of(c), "Handla", Duration.ofHours(24), null, null, "test"))
                .isEqualTo(OfferOutcome.OFFERED);
        helpRequests.returnToQueue(request.id(), "test", null);
        var again = Jsoup.parse(mvc.perform(get("/samordning")
                        .param("district", district)
                        .with(ReferralFixtures.as(ReferralFixtures.coordinator())))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(again.select("#attention li").eachText())
                .noneMatch(t -> t.contains("ingen förening tackade ja i tid"));
    }

    UUID referralOf(UUID requestId, UUID organisationId) {
        return jdbc.sql("SELECT id FROM referral WHERE request_id = ? AND organisation_id = ?")
                .params(requestId, organisationId)
                .query(UUID.class)
                .single();
    }

    List<String> statuses(UUID requestId) {
        return jdbc.sql("SELECT status FROM referral WHERE request_id = ?")
                .param(requestId)
                .query(String.class)
                .list();
    }
}
