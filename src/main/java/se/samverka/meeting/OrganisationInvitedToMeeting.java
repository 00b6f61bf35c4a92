package se.samverka.meeting;

import java.time.Instant;
import java.util.UUID;

/** An organisation was invited to a meeting; its contact address gets the invitation with a link, in its language. */
public record OrganisationInvitedToMeeting(
        UUID meetingId,
        UUID organisationId,
        String organisationName,
        String contactEmail,
        String title,
        Instant startsAt,
        String place,
        String language) {}
