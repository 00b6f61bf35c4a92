package se.samverka.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.samverka.IntegrationTest;
import se.samverka.helprequest.HelpRequests;
import se.samverka.volunteer.Volunteers;

/**
 * Pauses this context's scheduler to stand in for the app being down, and resumes it afterwards, so that the shared
 * context stays usable for the tests after this one.
 */
@IntegrationTest
class ReminderTests {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    HelpRequests helpRequests;

    @Autowired
    Volunteers volunteers;

    @Autowired
    Assignments assignments;

    @Autowired
    Scheduler scheduler;

    @Autowired
    OneTimeTask<String> taskReminder;

    @Autowired
    DataSource dataSource;

    @Test
    void remindersArePlannedForTheEveningBeforeAndTwoHoursBeforeAndFireOnceAfterARestart() {
        var request = helpRequests.submit(TaskFixtures.shopping("Ylva Påminn", "munso"), "test");
        var volunteer = volunteers
                .findByAccount(
                        TaskFixtures.volunteer(jdbc, "Zäta Påminn", "munso").accountId())
                .orElseThrow();
        var assignmentId = assignments.assign(request, volunteer, "DIRECT", "test");

        var zone = java.time.ZoneId.of("Europe/Stockholm");
        var evening = ZonedDateTime.of(request.date().minusDays(1), LocalTime.of(18, 0), zone)
                .toInstant();
        var shortly = ZonedDateTime.of(request.date(), request.timeFrom(), zone)
                .toInstant()
                .minus(Duration.ofHours(2));
        assertThat(planned(assignmentId + ":EVENING_BEFORE")).isEqualTo(evening);
        assertThat(planned(assignmentId + ":SHORTLY_BEFORE")).isEqualTo(shortly);

        // the app stops; the reminder becomes due while it is down; two instances start again
        scheduler.pause();
        jdbc.sql("UPDATE scheduled_tasks SET execution_time = ? WHERE task_name = ? AND task_instance = ?")
                .params(
                        java.sql.Timestamp.from(Instant.now().minusSeconds(1)),
                        ReminderSchedule.TASK,
                        assignmentId + ":EVENING_BEFORE")
                .update();
        var first = instance("first");
        var second = instance("second");
        try {
            first.start();
            second.start();
            await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> {
                assertThat(jdbc.sql("SELECT COUNT(*) FROM scheduled_tasks WHERE task_instance = ?")
                                .param(assignmentId + ":EVENING_BEFORE")
                                .query(Integer.class)
                                .single())
                        .isZero();
                assertThat(jdbc.sql("SELECT COUNT(*) FROM outbox_message WHERE dedupe_key = ?")
                                .param("reminder:" + assignmentId + ":EVENING_BEFORE")
                                .query(Integer.class)
                                .single())
                        .isEqualTo(1);
            });
        } finally {
            first.stop();
            second.stop();
            scheduler.resume();
        }
        // the other reminder is still waiting for its time
        assertThat(planned(assignmentId + ":SHORTLY_BEFORE")).isEqualTo(shortly);
        var body = jdbc.sql("SELECT body FROM outbox_message WHERE dedupe_key = ?")
                .param("reminder:" + assignmentId + ":EVENING_BEFORE")
                .query(String.class)
                .single();
        assertThat(body)
                .contains("Munsö")
                .contains("/mina-sidor")
                .doesNotContain("Ylva")
                .doesNotContain("Blåbär");
    }

    private Scheduler instance(String name) {
        return Scheduler.create(dataSource, taskReminder)
                .schedulerName(new SchedulerName.Fixed(name))
                .pollingInterval(Duration.ofMillis(200))
                .threads(2)
                .build();
    }

    private Instant planned(String instance) {
        return jdbc.sql("SELECT execution_time FROM scheduled_tasks WHERE task_name = ? AND task_instance = ?")
                .params(ReminderSchedule.TASK, instance)
                .query(java.sql.Timestamp.class)
                .single()
                .toInstant();
    }
}
