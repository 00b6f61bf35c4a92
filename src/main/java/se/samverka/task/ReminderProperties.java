package se.samverka.task;

import java.time.Duration;
import java.time.LocalTime;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * When the assignee of a task is reminded: at {@code eveningAt} the day before, and {@code shortlyBefore} the
 * start ({@code samverka.task.reminders.*}).
 */
@ConfigurationProperties("samverka.task.reminders")
record ReminderProperties(LocalTime eveningAt, Duration shortlyBefore) {

    ReminderProperties {
        eveningAt = eveningAt == null ? LocalTime.of(18, 0) : eveningAt;
        shortlyBefore = shortlyBefore == null ? Duration.ofHours(2) : shortlyBefore;
    }
}
