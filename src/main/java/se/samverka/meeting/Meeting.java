package se.samverka.meeting;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.UUID;
import se.samverka.shared.MunicipalTime;

/**
 * A meeting as the pages see it. {@code capacity} is null when there is no limit; {@code departmentId} is null when
 * Idélabbet organises.
 */
public record Meeting(
        UUID id,
        MeetingKind kind,
        String title,
        String agenda,
        Instant startsAt,
        Instant endsAt,
        String place,
        String videoLink,
        Integer capacity,
        int taken,
        String departmentId,
        String organiserName,
        String minutes,
        String createdBy) {

    static final ZoneId STOCKHOLM = MunicipalTime.ZONE;

    /** The same meeting with the organising department's name, which the organisation module keeps. */
    Meeting withOrganiserName(String name) {
        return new Meeting(
                id,
                kind,
                title,
                agenda,
                startsAt,
                endsAt,
                place,
                videoLink,
                capacity,
                taken,
                departmentId,
                name,
                minutes,
                createdBy);
    }

    public LocalDate date() {
        return startsAt.atZone(STOCKHOLM).toLocalDate();
    }

    public LocalTime startTime() {
        return startsAt.atZone(STOCKHOLM).toLocalTime().truncatedTo(java.time.temporal.ChronoUnit.MINUTES);
    }

    public LocalTime endTime() {
        return endsAt.atZone(STOCKHOLM).toLocalTime().truncatedTo(java.time.temporal.ChronoUnit.MINUTES);
    }

    public boolean started(Instant now) {
        return !startsAt.isAfter(now);
    }

    /** Whether so many participants fit at all: more than the whole meeting holds would wait for ever. */
    boolean holds(int participants) {
        return capacity == null || participants <= capacity;
    }

    public Integer seatsLeft() {
        return capacity == null ? null : capacity - taken;
    }

    /** The video link as a link target: only an http or https address. */
    public String videoHref() {
        if (videoLink == null) {
            return null;
        }
        var lower = videoLink.strip().toLowerCase(java.util.Locale.ROOT);
        return lower.startsWith("https://") || lower.startsWith("http://") ? videoLink.strip() : null;
    }
}
