package se.samverka.task;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.UUID;
import org.springframework.stereotype.Component;
import se.samverka.helprequest.HelpRequest;

/** Plans the reminders of a new assignment; those whose time has already passed are left out. */
@Component
class Reminders {

    static final String EVENING_BEFORE = "EVENING_BEFORE";
    static final String SHORTLY_BEFORE = "SHORTLY_BEFORE";

    /** Absent when db-scheduler is switched off (db-scheduler.enabled=false): then nobody is reminded. */
    private final org.springframework.beans.factory.ObjectProvider<SchedulerClient> scheduler;

    private final OneTimeTask<String> task;
    private final ReminderProperties properties;
    private final Clock clock;

    Reminders(
            org.springframework.beans.factory.ObjectProvider<SchedulerClient> scheduler,
            OneTimeTask<String> taskReminder,
            ReminderProperties properties,
            Clock clock) {
        this.scheduler = scheduler;
        this.task = taskReminder;
        this.properties = properties;
        this.clock = clock;
    }

    void plan(UUID assignmentId, HelpRequest request) {
        var scheduler = this.scheduler.getIfAvailable();
        if (scheduler == null) {
            return;
        }
        var zone = clock.getZone();
        var start = ZonedDateTime.of(request.date(), request.timeFrom(), zone).toInstant();
        var evening = ZonedDateTime.of(request.date().minusDays(1), properties.eveningAt(), zone)
                .toInstant();
        var shortly = start.minus(properties.shortlyBefore());
        var now = clock.instant();
        if (evening.isAfter(now)) {
            scheduler.scheduleIfNotExists(task.instance(assignmentId + ":" + EVENING_BEFORE), evening);
        }
        if (shortly.isAfter(now) && shortly.isAfter(evening)) {
            scheduler.scheduleIfNotExists(task.instance(assignmentId + ":" + SHORTLY_BEFORE), shortly);
        }
    }
}
