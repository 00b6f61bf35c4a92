package se.samverka.meeting;

import java.time.Instant;
import java.util.UUID;

/** Staff cancelled an organisation's registration to a meeting; the organisation is told by e-mail in its language.
 * {@code registeredAt} tells one registration from a renewed one, so each cancellation is told once. */
public record MeetingRegistrationCancelled(
        UUID registrationId,
        UUID meetingId,
        UUID organisationId,
        String organisationName,
        String contactEmail,
        String title,
        Instant startsAt,
        String language,
        Instant registeredAt) {}
