package se.samverka.meeting;

import java.time.Instant;
import java.util.UUID;

/** A registered organisation's meeting is tomorrow; it is reminded once. */
public record MeetingReminderDue(
        UUID registrationId,
        UUID meetingId,
        UUID organisationId,
        String organisationName,
        String contactEmail,
        String title,
        Instant startsAt,
        String place,
        String language) {}
