package se.samverka.meeting;

import java.time.Instant;

/**
 * A meeting's details as the module takes them: checked domain values, never a web form. {@code capacity} null
 * means no limit; {@code departmentId} null means Idélabbet organises.
 */
record MeetingDetails(
        MeetingKind kind,
        String title,
        String agenda,
        Instant startsAt,
        Instant endsAt,
        String place,
        String videoLink,
        Integer capacity,
        String departmentId) {}
