package se.samverka.effort;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import se.samverka.shared.HelpKind;

/**
 * A role or a shift inside an effort, with how many volunteers it takes and how many it has.
 * {@code safeguardingLevel} is the level of checks (0 to 2) a volunteer needs to sign up or be asked.
 */
public record Shift(
        UUID id,
        UUID effortId,
        String title,
        LocalDate date,
        LocalTime from,
        LocalTime to,
        String place,
        String districtId,
        int minVolunteers,
        int maxVolunteers,
        String language,
        boolean adultOnly,
        SignupMode mode,
        boolean cancelled,
        int confirmed,
        List<HelpKind> kinds,
        int safeguardingLevel) {

    /** A shift that needs no safeguarding checks. */
    public Shift(
            UUID id,
            UUID effortId,
            String title,
            LocalDate date,
            LocalTime from,
            LocalTime to,
            String place,
            String districtId,
            int minVolunteers,
            int maxVolunteers,
            String language,
            boolean adultOnly,
            SignupMode mode,
            boolean cancelled,
            int confirmed,
            List<HelpKind> kinds) {
        this(
                id,
                effortId,
                title,
                date,
                from,
                to,
                place,
                districtId,
                minVolunteers,
                maxVolunteers,
                language,
                adultOnly,
                mode,
                cancelled,
                confirmed,
                kinds,
                0);
    }

    public int placesLeft() {
        return Math.max(0, maxVolunteers - confirmed);
    }

    public boolean isFull() {
        return placesLeft() == 0;
    }

    public Instant startsAt(ZoneId zone) {
        return date.atTime(from).atZone(zone).toInstant();
    }

    public boolean hasStarted(Instant now, ZoneId zone) {
        return !now.isBefore(startsAt(zone));
    }

    public boolean isApplication() {
        return mode == SignupMode.APPLICATION;
    }

    /** The same shift asking for these kinds of help (as read from their own table). */
    Shift withKinds(List<HelpKind> helpKinds) {
        return new Shift(
                id,
                effortId,
                title,
                date,
                from,
                to,
                place,
                districtId,
                minVolunteers,
                maxVolunteers,
                language,
                adultOnly,
                mode,
                cancelled,
                confirmed,
                helpKinds,
                safeguardingLevel);
    }

    /** A new open shift like this one under {@code newId}, {@code weeks} later, nobody on it yet. */
    Shift repeated(UUID newId, int weeks) {
        return new Shift(
                newId,
                effortId,
                title,
                date.plusWeeks(weeks),
                from,
                to,
                place,
                districtId,
                minVolunteers,
                maxVolunteers,
                language,
                adultOnly,
                mode,
                false,
                0,
                kinds,
                safeguardingLevel);
    }
}
