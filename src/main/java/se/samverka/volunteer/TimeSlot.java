package se.samverka.volunteer;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

/** The four checkboxes of "when are you usually available", as one {@link Availability}. */
enum TimeSlot {
    WEEKDAY_DAYTIME,
    WEEKDAY_EVENING,
    WEEKEND_DAYTIME,
    WEEKEND_EVENING;

    static Availability availability(Collection<TimeSlot> slots) {
        return new Availability(
                slots.contains(WEEKDAY_DAYTIME),
                slots.contains(WEEKDAY_EVENING),
                slots.contains(WEEKEND_DAYTIME),
                slots.contains(WEEKEND_EVENING));
    }

    static Set<TimeSlot> of(Availability availability) {
        var slots = EnumSet.noneOf(TimeSlot.class);
        if (availability.weekdayDaytime()) {
            slots.add(WEEKDAY_DAYTIME);
        }
        if (availability.weekdayEvening()) {
            slots.add(WEEKDAY_EVENING);
        }
        if (availability.weekendDaytime()) {
            slots.add(WEEKEND_DAYTIME);
        }
        if (availability.weekendEvening()) {
            slots.add(WEEKEND_EVENING);
        }
        return slots;
    }
}
