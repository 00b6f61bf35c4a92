package se.samverka.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import se.samverka.IntegrationTest;

/** The scrape as Prometheus reads it: behind a bearer token, with the domain's gauges, counters and timers. */
@IntegrationTest
class PrometheusScrapeTests {

    static final String TOKEN = "test-scrape-token";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void thePublicAndAWrongTokenGetNoMetrics() throws Exception {
        mvc.perform(get("/actuator/prometheus")).andExpect(status().isForbidden());
        mvc.perform(get("/actuator/prometheus").header("Authorization", "Bearer wrong-token"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/actuator/prometheus").header("Authorization", "Bearer " + TOKEN + "x"))
                .andExpect(status().isForbidden());
    }

    @Test
    @WithMockUser(roles = "COORDINATOR")
    void aLoggedInCoordinatorGetsNoMetrics() throws Exception {
        mvc.perform(get("/actuator/prometheus")).andExpect(status().isForbidden());
    }

    @Test
    void theScraperReadsTheDomainMetricsWithoutASession() throws Exception {
        var scrape = mvc.perform(get("/actuator/prometheus").header("Authorization", "Bearer " + TOKEN))
                .andExpect(status().isOk())
                .andReturn();
        assertThat(scrape.getRequest().getSession(false))
                .as("no session for a scraper")
                .isNull();
        assertThat(scrape.getResponse().getContentAsString())
                .contains("samverka_outbox_backlog{")
                .contains("samverka_outbox_oldest_unsent_age_seconds{")
                .contains("samverka_outbox_sent_total{")
                .contains("samverka_outbox_failed_total{")
                .contains("samverka_helprequests_open{")
                .contains("samverka_helprequest_time_to_fill_seconds_bucket{")
                .contains("samverka_callouts_running{")
                .contains("samverka_volunteer_signups_total{")
                .contains("samverka_scheduler_lag_seconds{")
                .contains("application=\"samverka\"");
    }

    @Test
    void outboxBacklogAndTheAgeOfTheOldestUnsentMessageComeFromTheDatabase() throws Exception {
        var id = UUID.randomUUID();
        var tenMinutesAgo = Instant.now().minus(Duration.ofMinutes(10));
        // due only in a year, so that no sender takes it while the test reads the gauges
        jdbc.sql("""
				INSERT INTO outbox_message (id, dedupe_key, channel, recipient, subject, body, status, attempts,
				  next_attempt_at, created_at) VALUES (?, ?, 'SMS', '+46700000000', 'Metrics', 'Metrics', 'PENDING', 0, ?, ?)""")
                .params(
                        id,
                        "metrics-test:" + id,
                        Timestamp.from(Instant.now().plus(Duration.ofDays(365))),
                        Timestamp.from(tenMinutesAgo))
                .update();
        try {
            // the gauges read the database at most every 100 ms in tests (30 s in production)
            await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
                var text = scrape();
                assertThat(value(text, "samverka_outbox_backlog\\{application=\"samverka\",channel=\"sms\"\\}"))
                        .isGreaterThanOrEqualTo(1);
                assertThat(
                                value(
                                        text,
                                        "samverka_outbox_oldest_unsent_age_seconds\\{application=\"samverka\",channel=\"sms\"\\}"))
                        .isGreaterThanOrEqualTo(600);
            });
        } finally {
            jdbc.sql("DELETE FROM outbox_message WHERE id = ?").param(id).update();
        }
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void anAdministratorMayReadTheMetricsToo() throws Exception {
        mvc.perform(get("/actuator/prometheus")).andExpect(status().isOk());
    }

    private String scrape() throws Exception {
        return mvc.perform(get("/actuator/prometheus").header("Authorization", "Bearer " + TOKEN))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    static double value(String scrape, String series) {
        var matcher = Pattern.compile("(?m)^" + series + " (\\S+)$").matcher(scrape);
        assertThat(matcher.find()).as(series + " in the scrape").isTrue();
        return Double.parseDouble(matcher.group(1));
    }
}
