package se.samverka.situation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

/**
 * What a report covers: the running crisis (and when it began) and the span from the previous report of the crisis
 * (or the crisis' start) to now, with the municipality's time zone for days.
 */
public record SituationPeriod(UUID crisisId, Instant crisisStartedAt, Instant from, Instant to, ZoneId zone) {

    public LocalDate firstDay() {
        return from.atZone(zone).toLocalDate();
    }

    public LocalDate lastDay() {
        return to.atZone(zone).toLocalDate();
    }

    public LocalDate crisisFirstDay() {
        return crisisStartedAt.atZone(zone).toLocalDate();
    }

    /** Whether the instant falls in the period ({@code from} included, {@code to} excluded). */
    public boolean contains(Instant instant) {
        return !instant.isBefore(from) && instant.isBefore(to);
    }
}
