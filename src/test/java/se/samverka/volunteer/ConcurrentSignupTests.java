package se.samverka.volunteer;

import static org.assertj.core.api.Assertions.assertThat;
import static se.samverka.volunteer.VolunteerFixtures.newEmail;
import static se.samverka.volunteer.VolunteerFixtures.postSignup;
import static se.samverka.volunteer.VolunteerFixtures.signupForm;

import java.util.ArrayList;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.RepeatedTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import se.samverka.IntegrationTest;

/** A double-clicked (or ten times clicked) submit makes one volunteer: the unique keys are the last guard. */
@IntegrationTest
class ConcurrentSignupTests {

    private static final int THREADS = 10;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @RepeatedTest(3)
    void theSameSignUpSentTenTimesAtOnceMakesExactlyOneVolunteer() throws Exception {
        var email = newEmail();
        var form = signupForm(email);
        var start = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(THREADS);
        try {
            var results = new ArrayList<Future<String>>();
            for (int i = 0; i < THREADS; i++) {
                Callable<String> submit = () -> {
                    start.await();
                    var response = mvc.perform(postSignup(form)).andReturn().getResponse();
                    return response.getStatus() + " " + response.getRedirectedUrl();
                };
                results.add(pool.submit(submit));
            }
            start.countDown();
            for (var result : results) {
                // every click sees the same thank-you page, whichever won
                assertThat(result.get(60, TimeUnit.SECONDS)).isEqualTo("302 /bli-volontar/tack");
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(count("SELECT COUNT(*) FROM volunteer WHERE email = ?", email))
                .isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM account WHERE username = ?", email))
                .isEqualTo(1);
        assertThat(count("""
				SELECT COUNT(*) FROM volunteer_district d JOIN volunteer v ON v.id = d.volunteer_id
				WHERE v.email = ?""", email)).isEqualTo(2);
    }

    private int count(String sql, String email) {
        return jdbc.sql(sql).param(email).query(Integer.class).single();
    }
}
