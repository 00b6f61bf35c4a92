package se.samverka.volunteer;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;

/** When a volunteer is usually available: weekdays or weekends, daytime (before 17) or evenings. */
public record Availability(
        boolean weekdayDaytime, boolean weekdayEvening, boolean weekendDaytime, boolean weekendEvening) {

    static final LocalTime EVENING_STARTS = LocalTime.of(17, 0);

    public boolean any() {
        return weekdayDaytime || weekdayEvening || weekendDaytime || weekendEvening;
    }

    /** Whether the volunteer is usually free for a task on that day starting at that time. */
    public boolean covers(LocalDate day, LocalTime from) {
        var weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
        var evening = !from.isBefore(EVENING_STARTS);
        if (weekend) {
            return evening ? weekendEvening : weekendDaytime;
        }
        return evening ? weekdayEvening : weekdayDaytime;
    }
}
