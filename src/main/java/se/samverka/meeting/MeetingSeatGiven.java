package se.samverka.meeting;

import java.time.Instant;
import java.util.UUID;

/** Someone cancelled and an organisation on the waiting list moved up to a seat; it is told by e-mail. */
public record MeetingSeatGiven(
        UUID registrationId,
        UUID meetingId,
        UUID organisationId,
        String organisationName,
        String contactEmail,
        String title,
        Instant startsAt,
        String language) {}
