package se.samverka.situation;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.kagkarlsson.scheduler.task.ExecutionComplete;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import se.samverka.IntegrationTest;
import se.samverka.MutableClock;
import se.samverka.crisis.Crises;
import se.samverka.effort.Efforts;
import se.samverka.helprequest.HelpRequests;
import se.samverka.notification.Outbox;

/**
 * The daily report: the db-scheduler task is due at the configured hour in the municipality's time zone, makes one
 * report per crisis and day (with a clock of the test's own), nothing without a crisis, and each report is mailed to the
 * krisledning once.
 */
@IntegrationTest
class DailyReportTests {

    private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Crises crises;

    @Autowired
    HelpRequests helpRequests;

    @Autowired
    Efforts efforts;

    @Autowired
    SituationReports reports;

    @Autowired
    Outbox outbox;

    @Autowired
    MessageSource messages;

    SituationFixtures data;

    final SituationProperties properties = new SituationProperties(LocalTime.of(6, 30), "");

    @BeforeEach
    void setUp() {
        data = new SituationFixtures(mvc, jdbc, crises, helpRequests, efforts);
    }

    @AfterEach
    void tearDown() {
        data.endAnyCrisis();
    }

    @Test
    void theTaskIsDueAtTheConfiguredHourInStockholmWinterAndSummer() {
        var schedule = DailySchedule.schedule(properties);
        assertThat(schedule.getNextExecutionTime(
                        ExecutionComplete.simulatedSuccess(Instant.parse("2026-12-07T04:00:00Z"))))
                .isEqualTo(Instant.parse("2026-12-07T05:30:00Z"));
        assertThat(schedule.getNextExecutionTime(
                        ExecutionComplete.simulatedSuccess(Instant.parse("2026-12-07T06:00:00Z"))))
                .isEqualTo(Instant.parse("2026-12-08T05:30:00Z"));
        assertThat(schedule.getNextExecutionTime(
                        ExecutionComplete.simulatedSuccess(Instant.parse("2026-06-10T03:00:00Z"))))
                .as("summer time: 06:30 in Stockholm is 04:30 UTC")
                .isEqualTo(Instant.parse("2026-06-10T04:30:00Z"));
    }

    @Test
    void theTaskMakesOneReportPerCrisisAndDayAndTheNextCoversTheTimeSince() throws Exception {
        var crisis = data.startCrisis("Storm " + UUID.randomUUID().toString().substring(0, 6));
        var schedule = DailySchedule.schedule(properties);
        var due = schedule.getNextExecutionTime(ExecutionComplete.simulatedSuccess(Instant.now()));
        var clock = new MutableClock(due, STOCKHOLM);
        var task = new DailySchedule().situationDailyReport(reports, properties, clock);

        task.execute(null, null);
        clock.set(due.plus(Duration.ofMinutes(1)));
        task.execute(null, null);
        assertThat(dailyReports(crisis))
                .as("one a day, also when the task runs twice")
                .isEqualTo(1);
        var first = jdbc.sql("SELECT generated_at, generated_by, daily_on FROM situation_report WHERE crisis_id = ?")
                .param(crisis)
                .query((rs, i) -> new Object[] {rs.getTimestamp(1).toInstant(), rs.getString(2), rs.getDate(3)})
                .single();
        assertThat(first[0]).isEqualTo(due);
        assertThat(first[1]).isEqualTo("system");
        assertThat(first[2].toString())
                .isEqualTo(due.atZone(STOCKHOLM).toLocalDate().toString());

        var nextDue = schedule.getNextExecutionTime(ExecutionComplete.simulatedSuccess(due));
        assertThat(Duration.between(due, nextDue)).isBetween(Duration.ofHours(23), Duration.ofHours(25));
        clock.set(nextDue);
        task.execute(null, null);
        assertThat(dailyReports(crisis)).isEqualTo(2);
        var periods = jdbc.sql("SELECT period_from, period_to FROM situation_report WHERE crisis_id = ?"
                        + " ORDER BY generated_at")
                .param(crisis)
                .query((rs, i) -> new Instant[] {
                    rs.getTimestamp(1).toInstant(), rs.getTimestamp(2).toInstant()
                })
                .list();
        assertThat(periods.get(1)[0])
                .as("the second covers the time since the first")
                .isEqualTo(periods.get(0)[1]);
        assertThat(periods.get(1)[1]).isEqualTo(nextDue);
    }

    @Test
    void withoutACrisisTheTaskMakesNothing() {
        data.endAnyCrisis();
        var before = jdbc.sql("SELECT COUNT(*) FROM situation_report")
                .query(Integer.class)
                .single();
        var clock = new MutableClock(Instant.now().plus(Duration.ofDays(400)), STOCKHOLM);
        new DailySchedule().situationDailyReport(reports, properties, clock).execute(null, null);
        assertThat(reports.daily(clock.instant())).isEmpty();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM situation_report")
                        .query(Integer.class)
                        .single())
                .isEqualTo(before);
    }

    @Test
    void eachReportIsMailedToTheKrisledningOnceWithALink() throws Exception {
        data.startCrisis("Brand " + UUID.randomUUID().toString().substring(0, 6));
        var id = reports.generate("Test", Instant.now()).orElseThrow();
        var report = reports.find(id).orElseThrow();
        jdbc.sql("DELETE FROM situation_setting").update();
        var configured = new SituationProperties(LocalTime.of(7, 0), "krisledning@example.se");
        var mail = new SituationMail(
                outbox, messages, configured, new ReportRecipient(jdbc, configured), "https://samverka.example.se/");
        mail.send(report);
        mail.send(report);
        var sent = jdbc.sql("SELECT recipient, subject, body FROM outbox_message WHERE dedupe_key = ?")
                .param("situation-report:" + id)
                .query((rs, i) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)})
                .list();
        assertThat(sent).hasSize(1);
        assertThat(sent.get(0)[0]).isEqualTo("krisledning@example.se");
        assertThat(sent.get(0)[1]).isEqualTo("Lägesrapport: " + report.crisisName());
        assertThat(sent.get(0)[2]).contains("https://samverka.example.se/samordning/lagesrapport/" + id);
    }

    private int dailyReports(UUID crisis) {
        return jdbc.sql("SELECT COUNT(*) FROM situation_report WHERE crisis_id = ? AND trigger_kind = 'DAILY'")
                .param(crisis)
                .query(Integer.class)
                .single();
    }
}
