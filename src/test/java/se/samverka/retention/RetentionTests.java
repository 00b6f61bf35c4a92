package se.samverka.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import se.samverka.IntegrationTest;
import se.samverka.MutableClock;
import se.samverka.TestVolunteer;
import se.samverka.shared.PersonErasureDue;
import se.samverka.shared.PersonRef;
import se.samverka.volunteer.StayQuestionAsked;

/**
 * Every retention category against the real database and the real job, with a clock the test sets: rows on both
 * sides of each cutoff are seeded, and exactly the expired ones go. Audit-log entries are seeded with really old
 * timestamps, because the database's trigger judges their age by its own time.
 */
@IntegrationTest
@TestPropertySource(
        properties = {
            "db-scheduler.enabled=false",
            "samverka.notification.deliver=false",
            "samverka.retention.pause=0ms",
            "samverka.retention.batch-size=2"
        })
@Import(RetentionTests.Config.class)
// Why @DirtiesContext: this class's settings make a context that no other class shares; closing it after the class
// frees its connection pool and threads instead of keeping them in the context cache for nobody.
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class RetentionTests {

    static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

    @TestConfiguration(proxyBeanMethods = false)
    static class Config {

        @Bean
        @Primary
        MutableClock retentionClock() {
            return new MutableClock(Instant.now(), STOCKHOLM);
        }

        @Bean
        Heard heard() {
            return new Heard();
        }
    }

    /** The events the test listens for, as the privacy and notification modules would. */
    static class Heard {

        final List<PersonErasureDue> erasures = new CopyOnWriteArrayList<>();
        final List<StayQuestionAsked> asked = new CopyOnWriteArrayList<>();

        @EventListener
        void on(PersonErasureDue event) {
            erasures.add(event);
        }

        @EventListener
        void on(StayQuestionAsked event) {
            asked.add(event);
        }
    }

    @Autowired
    RetentionJob job;

    @Autowired
    MutableClock clock;

    @Autowired
    Clock injectedClock;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Heard heard;

    @Autowired
    MockMvc mvc;

    @Autowired
    RetentionStatistics statistics;

    @Autowired
    List<RetentionCategory> categories;

    @BeforeEach
    void realTime() {
        clock.set(Instant.now().truncatedTo(ChronoUnit.MILLIS));
    }

    private Instant monthsAgo(int months) {
        return ZonedDateTime.ofInstant(clock.instant(), STOCKHOLM)
                .minusMonths(months)
                .toInstant();
    }

    private UUID closedRequest(String status, String kind, Instant closedAt) {
        var id = UUID.randomUUID();
        var created = Timestamp.from(closedAt.minus(Duration.ofDays(3)));
        jdbc.sql("""
				INSERT INTO help_request (id, number, series_id, resident_name, resident_phone, street_address, district_id,
				  kind, description, requested_date, time_from, time_to, recurrence, payment_method, code_word, channel,
				  submitter_name, submitter_phone, submitter_relation, status, not_helped_reason, created_at, updated_at)
				VALUES (?, nextval('help_request_number_seq'), ?, 'Rut Retention', '+46701112233', 'Gallringsvägen 1',
				  'ekero-centrum', ?, 'Handla mjölk', ?, ?, ?, 'ONE_OFF', 'SWISH', 'Hemligt', 'PHONE', 'Sonen Sven',
				  '+46702223344', 'son', ?, ?, ?, ?)""")
                .params(
                        id,
                        id,
                        kind,
                        closedAt.atZone(STOCKHOLM).toLocalDate(),
                        LocalTime.of(10, 0),
                        LocalTime.of(11, 0),
                        status,
                        "NOT_HELPED".equals(status) ? "Ingen kunde" : null,
                        created,
                        Timestamp.from(closedAt))
                .update();
        jdbc.sql("INSERT INTO help_request_history (request_id, occurred_at, actor, action, to_status, detail)"
                        + " VALUES (?, ?, 'test', 'CLOSED', ?, 'Rut ringde')")
                .params(id, Timestamp.from(closedAt), status)
                .update();
        jdbc.sql("INSERT INTO resident_followup (request_id, phone, asked_at) VALUES (?, '+46701112233', ?)")
                .params(id, Timestamp.from(closedAt))
                .update();
        return id;
    }

    private String residentName(UUID request) {
        return jdbc.sql("SELECT resident_name FROM help_request WHERE id = ?")
                .param(request)
                .query(String.class)
                .single();
    }

    private int count(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Integer.class).single();
    }

    @Test
    void theJobUsesTheClockTheTestSets() {
        assertThat(injectedClock).isSameAs(clock);
    }

    @Test
    void closedRequestsAreAnonymisedExactlyWhenTheirPeriodAfterClosingIsOver() {
        var expiredDone = closedRequest("DONE", "TRANSPORT", monthsAgo(12).minus(Duration.ofDays(1)));
        var expiredCancelled = closedRequest("CANCELLED", "TRANSPORT", monthsAgo(13));
        var expiredNotHelped = closedRequest("NOT_HELPED", "TRANSPORT", monthsAgo(20));
        var youngDone = closedRequest("DONE", "TRANSPORT", monthsAgo(12).plus(Duration.ofDays(1)));
        var oldButOpen = closedRequest("OPEN", "TRANSPORT", monthsAgo(30));
        var doneBefore = statistics.total("help-requests", "DONE:TRANSPORT");
        var cancelledBefore = statistics.total("help-requests", "CANCELLED:TRANSPORT");

        job.runAll("test");

        for (var gone : List.of(expiredDone, expiredCancelled, expiredNotHelped)) {
            assertThat(residentName(gone)).isEqualTo("-");
            assertThat(count(
                            "SELECT COUNT(*) FROM help_request WHERE id = ? AND anonymised_at IS NOT NULL"
                                    + " AND street_address = '-' AND description = '-' AND code_word = '-' AND submitter_name IS NULL"
                                    + " AND submitter_phone IS NULL AND resident_phone = '+46000000000'",
                            gone))
                    .isEqualTo(1);
            assertThat(count("SELECT COUNT(*) FROM help_request_history WHERE request_id = ?", gone))
                    .isZero();
            assertThat(count("SELECT COUNT(*) FROM resident_followup WHERE request_id = ?", gone))
                    .isZero();
        }
        assertThat(jdbc.sql("SELECT status FROM help_request WHERE id = ?")
                        .param(expiredNotHelped)
                        .query(String.class)
                        .single())
                .as("status, kind and dates stay for statistics")
                .isEqualTo("NOT_HELPED");
        for (var stays : List.of(youngDone, oldButOpen)) {
            assertThat(residentName(stays)).isEqualTo("Rut Retention");
            assertThat(count("SELECT COUNT(*) FROM help_request_history WHERE request_id = ?", stays))
                    .isEqualTo(1);
        }
        assertThat(statistics.total("help-requests", "DONE:TRANSPORT") - doneBefore)
                .isEqualTo(1);
        assertThat(statistics.total("help-requests", "CANCELLED:TRANSPORT") - cancelledBefore)
                .isEqualTo(1);

        // two days later by the clock the younger request's period is over too
        clock.set(clock.instant().plus(Duration.ofDays(2)));
        job.runAll("test");
        assertThat(residentName(youngDone)).isEqualTo("-");
        assertThat(residentName(oldButOpen)).isEqualTo("Rut Retention");
        assertThat(statistics.total("help-requests", "DONE:TRANSPORT") - doneBefore)
                .isEqualTo(2);
    }

    @Test
    void sentMessagesAndReceivedSmsGoAfterTheirPeriodHeldAndFailedOnesStay() {
        var tag = UUID.randomUUID().toString();
        var oldSent = outbox(tag + "-old", "SENT", monthsAgo(3).minus(Duration.ofHours(1)));
        var youngSent = outbox(tag + "-young", "SENT", monthsAgo(3).plus(Duration.ofHours(1)));
        var oldFailed = outbox(tag + "-failed", "FAILED", monthsAgo(6));
        var oldSms = inbound(monthsAgo(4));
        var youngSms = inbound(monthsAgo(2));

        job.runAll("test");

        assertThat(count("SELECT COUNT(*) FROM outbox_message WHERE id = ?", oldSent))
                .isZero();
        assertThat(count("SELECT COUNT(*) FROM outbox_message WHERE id IN (?, ?)", youngSent, oldFailed))
                .isEqualTo(2);
        assertThat(count("SELECT COUNT(*) FROM inbound_sms WHERE id = ?", oldSms))
                .isZero();
        assertThat(count("SELECT COUNT(*) FROM inbound_sms WHERE id = ?", youngSms))
                .isEqualTo(1);
    }

    private UUID outbox(String key, String status, Instant at) {
        var id = UUID.randomUUID();
        jdbc.sql("""
				INSERT INTO outbox_message (id, dedupe_key, channel, recipient, subject, body, status, attempts,
				  next_attempt_at, created_at, sent_at) VALUES (?, ?, 'EMAIL', 'a@example.se', 'Hej', 'Text', ?, 1, ?, ?, ?)""")
                .params(
                        id,
                        key,
                        status,
                        Timestamp.from(at),
                        Timestamp.from(at),
                        "SENT".equals(status) ? Timestamp.from(at) : null)
                .update();
        return id;
    }

    private UUID inbound(Instant at) {
        var id = UUID.randomUUID();
        jdbc.sql("INSERT INTO inbound_sms (id, provider_id, from_number, message, answer, received_at)"
                        + " VALUES (?, ?, '+46701234567', 'JA', 'YES', ?)")
                .params(id, "p-" + id, Timestamp.from(at))
                .update();
        return id;
    }

    @Test
    void auditEntriesOlderThanTheirPeriodAreDeletedYoungerOnesStay() {
        // real old timestamps: the database's trigger refuses entries younger than a year by its own time
        var old = audit(ZonedDateTime.now(STOCKHOLM).minusMonths(25).toInstant());
        var young = audit(ZonedDateTime.now(STOCKHOLM).minusMonths(23).toInstant());

        job.runAll("test");

        assertThat(count("SELECT COUNT(*) FROM audit_log WHERE subject_id = ?", old))
                .isZero();
        assertThat(count("SELECT COUNT(*) FROM audit_log WHERE subject_id = ?", young))
                .isEqualTo(1);
        assertThat(jdbc.sql(
                                "SELECT outcome FROM retention_run WHERE category = 'audit-log' ORDER BY started_at DESC LIMIT 1")
                        .query(String.class)
                        .single())
                .isEqualTo("DONE");
    }

    private UUID audit(Instant at) {
        var subject = UUID.randomUUID();
        jdbc.sql("INSERT INTO audit_log (occurred_at, actor, action, subject_kind, subject_id, purpose)"
                        + " VALUES (?, 'test', 'VIEW', 'VOLUNTEER', ?, 'test')")
                .params(Timestamp.from(at), subject)
                .update();
        return subject;
    }

    @Test
    void anAuditRuleUnderTwelveMonthsStopsTheStart() {
        var audit = categories.stream()
                .filter(c -> c.name().equals("audit-log"))
                .findFirst()
                .orElseThrow();
        assertThat(audit.minimumMonths()).isEqualTo(12);
        var tooShort = new RetentionCategory() {
            @Override
            public String name() {
                return "audit-log";
            }

            @Override
            public RetentionRule rule() {
                return new RetentionRule(11, "test");
            }

            @Override
            public int minimumMonths() {
                return audit.minimumMonths();
            }

            @Override
            public int purgeBatch(Instant cutoff, int batchSize) {
                return 0;
            }
        };
        assertThatThrownBy(() -> new RetentionJob(List.of(tooShort), null, null, clock))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("at least 12 months");
        assertThatThrownBy(() -> new RetentionRule(12, " ")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void eachRunIsRecordedPerCategoryWithCutoffDecisionAndCount() {
        closedRequest("DONE", "PHARMACY", monthsAgo(14));
        closedRequest("DONE", "PHARMACY", monthsAgo(15));
        closedRequest("DONE", "PHARMACY", monthsAgo(16));

        job.runAll("tester@example.se");

        var runId = jdbc.sql("SELECT run_id FROM retention_run WHERE triggered_by = 'tester@example.se'"
                        + " ORDER BY started_at DESC LIMIT 1")
                .query(UUID.class)
                .single();
        var rows = jdbc.sql("SELECT category, decision, keep_months, cutoff, rows_removed, outcome, finished_at"
                        + " FROM retention_run WHERE run_id = ? ORDER BY category")
                .param(runId)
                .query()
                .listOfRows();
        assertThat(rows)
                .extracting(r -> r.get("category"))
                .containsExactly(
                        "audit-log",
                        "help-requests",
                        "inactive-volunteers",
                        "incidents",
                        "register-imports",
                        "sent-messages",
                        "spontaneous-volunteers");
        var help = rows.get(1);
        assertThat(help.get("decision")).asString().contains("gallringsbeslut 1.1 (hjälpförfrågningar)");
        assertThat(help.get("keep_months")).isEqualTo(12);
        assertThat(((Number) help.get("rows_removed")).longValue())
                .as("batches of two, all counted")
                .isGreaterThanOrEqualTo(3);
        assertThat(help.get("outcome")).isEqualTo("DONE");
        assertThat(help.get("finished_at")).isNotNull();
        assertThat(((Timestamp) help.get("cutoff")).toInstant()).isEqualTo(monthsAgo(12));
    }

    @Test
    void anInactiveVolunteerIsAskedAndHandedToErasureUnlessTheyAnswer() throws Exception {
        var silent = TestVolunteer.named("Sara Tyst").locale("en").insert(jdbc);
        var staying = TestVolunteer.named("Stig Kvar").insert(jdbc);
        var active = TestVolunteer.named("Aktiv Anna").insert(jdbc);
        lastActive(silent.id(), monthsAgo(25));
        lastActive(staying.id(), monthsAgo(24).minus(Duration.ofDays(1)));
        lastActive(active.id(), monthsAgo(23));

        job.runAll("test");

        assertThat(asked(silent.id())).isTrue();
        assertThat(asked(staying.id())).isTrue();
        assertThat(asked(active.id())).isFalse();
        var question = heard.asked.stream()
                .filter(e -> e.volunteerId().equals(silent.id()))
                .findFirst()
                .orElseThrow();
        assertThat(question.locale()).isEqualTo("en");
        assertThat(count("SELECT COUNT(*) FROM volunteer_stay_question WHERE token_hash = ?", question.token()))
                .as("the token is stored hashed only")
                .isZero();
        awaitMail(silent.email(), "Do you want to stay on as a volunteer in Samverka?", question.token());

        var token = heard.asked.stream()
                .filter(e -> e.volunteerId().equals(staying.id()))
                .findFirst()
                .orElseThrow()
                .token();
        mvc.perform(get("/gallring/stanna/{t}", token)).andExpect(status().isOk());
        assertThat(asked(staying.id())).as("opening the page changes nothing").isTrue();
        mvc.perform(post("/gallring/stanna/{t}", token).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(asked(staying.id())).isFalse();
        assertThat(jdbc.sql("SELECT last_active_at FROM volunteer WHERE id = ?")
                        .param(staying.id())
                        .query(Timestamp.class)
                        .single()
                        .toInstant())
                .isEqualTo(clock.instant());
        mvc.perform(get("/gallring/stanna/{t}", token)).andExpect(status().isNotFound());

        // a day before the grace period ends nobody is handed over
        clock.set(clock.instant().plus(Duration.ofDays(29)));
        job.runAll("test");
        assertThat(erasures()).doesNotContain(silent.id(), staying.id(), active.id());

        clock.set(clock.instant().plus(Duration.ofDays(2)));
        job.runAll("test");
        assertThat(erasures()).contains(silent.id()).doesNotContain(staying.id(), active.id());
        assertThat(heard.erasures.stream().filter(e -> e.person().equals(PersonRef.volunteer(silent.id()))))
                .singleElement()
                .extracting(PersonErasureDue::reason)
                .isEqualTo("retention.inactive-volunteer");
        mvc.perform(get("/gallring/stanna/{t}", question.token())).andExpect(status().isNotFound());

        job.runAll("test");
        assertThat(heard.erasures.stream().filter(e -> e.person().id().equals(silent.id())))
                .as("handed over once, not every night")
                .hasSize(1);
    }

    @Test
    void aVolunteerWhoShowsUpAfterTheQuestionIsNotHandedOver() {
        var back = TestVolunteer.named("Åter Åsa").insert(jdbc);
        lastActive(back.id(), monthsAgo(30));
        job.runAll("test");
        assertThat(asked(back.id())).isTrue();

        clock.set(clock.instant().plus(Duration.ofDays(10)));
        lastActive(back.id(), clock.instant());
        clock.set(clock.instant().plus(Duration.ofDays(25)));
        job.runAll("test");

        assertThat(erasures()).doesNotContain(back.id());
        assertThat(asked(back.id())).isFalse();
    }

    @Test
    void loggingInWithALinkIsASignOfLife() throws Exception {
        var volunteer = TestVolunteer.named("Inga Inlogg").insert(jdbc);
        lastActive(volunteer.id(), monthsAgo(20));
        var token = UUID.randomUUID().toString();
        jdbc.sql("INSERT INTO one_time_tokens (token_value, username, expires_at) VALUES (?, ?, ?)")
                .params(token, volunteer.email(), Timestamp.from(Instant.now().plus(Duration.ofMinutes(5))))
                .update();
        clock.set(clock.instant().plus(Duration.ofDays(1)));

        mvc.perform(post("/login/ott").param("token", token).with(csrf())).andExpect(status().is3xxRedirection());

        assertThat(jdbc.sql("SELECT last_active_at FROM volunteer WHERE id = ?")
                        .param(volunteer.id())
                        .query(Timestamp.class)
                        .single()
                        .toInstant())
                .isEqualTo(clock.instant());
    }

    private void lastActive(UUID volunteer, Instant at) {
        jdbc.sql("UPDATE volunteer SET last_active_at = ? WHERE id = ?")
                .params(Timestamp.from(at), volunteer)
                .update();
    }

    private boolean asked(UUID volunteer) {
        return count("SELECT COUNT(*) FROM volunteer_stay_question WHERE volunteer_id = ?", volunteer) == 1;
    }

    private List<UUID> erasures() {
        return heard.erasures.stream().map(e -> e.person().id()).toList();
    }

    private void awaitMail(String to, String subject, String token) {
        var bodies = await("a stay question mail to " + to)
                .atMost(Duration.ofSeconds(15))
                .pollInterval(Duration.ofMillis(100))
                .until(
                        () -> jdbc.sql("SELECT body FROM outbox_message WHERE recipient = ? AND subject = ?")
                                .params(to, subject)
                                .query(String.class)
                                .list(),
                        list -> !list.isEmpty());
        assertThat(bodies).singleElement().asString().contains("/gallring/stanna/" + token);
    }
}
