package se.samverka.desk;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import se.samverka.callout.CalloutFigures.DayFill;
import se.samverka.callout.CalloutFigures.OpenNeeds;
import se.samverka.callout.Urgency;

/**
 * The week at a glance on the coordinators' start page: open needs by urgency, places asked for and filled per day
 * of the week (Monday to Sunday), the time from call-out to yes, and how many could still be asked.
 */
record Week(
        LocalDate monday,
        LocalDate sunday,
        List<UrgencyLine> open,
        List<DayLine> days,
        long filled,
        Duration median,
        Duration p90,
        long reserve) {

    record UrgencyLine(Urgency urgency, OpenNeeds needs) {}

    record DayLine(LocalDate day, DayFill fill) {}

    public long openNeeds() {
        return open.stream().mapToLong(l -> l.needs().needs()).sum();
    }

    public long placesAsked() {
        return days.stream().mapToLong(d -> d.fill().asked()).sum();
    }

    public long placesFilled() {
        return days.stream().mapToLong(d -> d.fill().filled()).sum();
    }

    /** The week's fill rate in whole percent, or null when no places were asked for. */
    public Integer fillPercent() {
        return new DayFill(placesAsked(), placesFilled()).percent();
    }

    public String medianText() {
        return hoursMinutes(median);
    }

    public String p90Text() {
        return hoursMinutes(p90);
    }

    /** A duration as hours and minutes for the page ("2 h 05 min"), or null. */
    public static String hoursMinutes(Duration duration) {
        if (duration == null) {
            return null;
        }
        return duration.toHours() + " h " + String.format("%02d", duration.toMinutesPart()) + " min";
    }
}
