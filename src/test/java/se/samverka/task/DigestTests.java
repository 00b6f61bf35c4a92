package se.samverka.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.samverka.IntegrationTest;
import se.samverka.Settled;
import se.samverka.account.SamverkaUser;
import se.samverka.helprequest.HelpRequests;
import se.samverka.volunteer.Volunteers;

@IntegrationTest
class DigestTests {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    se.samverka.district.Districts districts;

    @Autowired
    Digests digests;

    @Autowired
    Volunteers volunteers;

    @Autowired
    HelpRequests helpRequests;

    @Autowired
    HandPicking handPicking;

    @Test
    void onlyOptedInVolunteersWhoWereNotAskedGetTheMonthlyLetterOnce() throws Exception {
        var since = Settled.now();
        // a district of its own: volunteers from other tests must not compete here
        var sanga = districts.save(null, "Egenholmen " + System.nanoTime(), 644000, 6587000, 970, java.util.Set.of());
        var reserve = optIn(TaskFixtures.volunteer(jdbc, "Ebba Brev", sanga));
        var asked = optIn(TaskFixtures.volunteer(jdbc, "Frans Frågad", sanga));
        var notOptedIn = TaskFixtures.volunteer(jdbc, "Gun Ingetbrev", sanga);
        var request = helpRequests.submit(TaskFixtures.shopping("Hedvig Brev", sanga), "test");
        handPicking.ask(request.id(), List.of(id(asked)), "test");

        digests.sendMonthly();
        digests.sendMonthly();

        var period = YearMonth.now(ZoneId.of("Europe/Stockholm"));
        await().atMost(Duration.ofSeconds(15))
                .untilAsserted(() -> assertThat(rows(reserve, period)).isEqualTo(1));
        Settled.since(jdbc, since); // nothing more is on its way
        assertThat(rows(reserve, period)).isEqualTo(1);
        assertThat(rows(asked, period)).isZero();
        assertThat(rows(notOptedIn, period)).isZero();
        var body = jdbc.sql("SELECT body FROM outbox_message WHERE dedupe_key = ?")
                .param("digest:" + id(reserve) + ":" + period)
                .query(String.class)
                .single();
        assertThat(body)
                .contains("vi frågar bara när det finns ett tydligt behov")
                .contains("/mina-sidor")
                .containsPattern("(en förfrågan väntar|\\d+ förfrågningar väntar)");
    }

    private SamverkaUser optIn(SamverkaUser user) {
        jdbc.sql("UPDATE volunteer SET digest_opt_in = TRUE WHERE account_id = ?")
                .param(user.accountId())
                .update();
        return user;
    }

    private java.util.UUID id(SamverkaUser user) {
        return volunteers.findByAccount(user.accountId()).orElseThrow().id();
    }

    private int rows(SamverkaUser user, YearMonth period) {
        return jdbc.sql("SELECT COUNT(*) FROM outbox_message WHERE dedupe_key = ?")
                .param("digest:" + id(user) + ":" + period)
                .query(Integer.class)
                .single();
    }
}
