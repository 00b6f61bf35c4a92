package se.samverka.volunteer;

import java.time.LocalTime;
import java.util.Objects;

/**
 * A daily interval of local time in which a volunteer is never asked, such as 21:00–08:00. It may cross
 * midnight; {@code from} is inside, {@code to} is not.
 */
public record QuietHours(LocalTime from, LocalTime to) {

    public QuietHours {
        Objects.requireNonNull(from);
        Objects.requireNonNull(to);
        if (from.equals(to)) {
            throw new IllegalArgumentException("Quiet hours must not be empty or the whole day");
        }
    }

    public boolean covers(LocalTime time) {
        return from.isBefore(to)
                ? !time.isBefore(from) && time.isBefore(to)
                : !time.isBefore(from) || time.isBefore(to);
    }
}
