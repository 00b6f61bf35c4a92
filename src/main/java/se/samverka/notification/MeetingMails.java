package se.samverka.notification;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.UUID;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import se.samverka.meeting.MeetingRegistrationCancelled;
import se.samverka.meeting.MeetingReminderDue;
import se.samverka.meeting.MeetingSeatGiven;
import se.samverka.meeting.OrganisationInvitedToMeeting;
import se.samverka.shared.MunicipalTime;

/**
 * E-mails about meetings to an organisation's contact address: the invitation, the seat given from the waiting
 * list, and the reminder the day before; each links to the meeting in the organisation's workspace.
 */
@Component
class MeetingMails {

    private static final ZoneId STOCKHOLM = MunicipalTime.ZONE;

    private final Outbox outbox;
    private final MailText text;

    MeetingMails(Outbox outbox, MailText text) {
        this.outbox = outbox;
        this.text = text;
    }

    @ApplicationModuleListener
    void on(OrganisationInvitedToMeeting event) {
        // in the language the organisation chose on its profile
        var locale = text.locale(event.language());
        outbox.enqueue(OutgoingMessage.email(
                "meeting-invitation:" + event.meetingId() + ":" + event.organisationId(),
                event.contactEmail(),
                text.subject("meetingInvitation", locale, event.title()),
                text.body(
                        "meetingInvitation",
                        locale,
                        event.organisationName(),
                        event.title(),
                        when(event.startsAt(), locale),
                        event.place(),
                        link(event.organisationId(), event.meetingId()))));
    }

    @ApplicationModuleListener
    void on(MeetingSeatGiven event) {
        var locale = text.locale(event.language());
        outbox.enqueue(OutgoingMessage.email(
                "meeting-seat:" + event.registrationId() + ":" + event.startsAt(),
                event.contactEmail(),
                text.subject("meetingSeat", locale, event.title()),
                text.body(
                        "meetingSeat",
                        locale,
                        event.organisationName(),
                        event.title(),
                        when(event.startsAt(), locale),
                        link(event.organisationId(), event.meetingId()))));
    }

    @ApplicationModuleListener
    void on(MeetingRegistrationCancelled event) {
        var locale = text.locale(event.language());
        outbox.enqueue(OutgoingMessage.email(
                "meeting-cancelled:" + event.registrationId() + ":"
                        + event.registeredAt().toEpochMilli(),
                event.contactEmail(),
                text.subject("meetingCancelled", locale, event.title()),
                text.body(
                        "meetingCancelled",
                        locale,
                        event.organisationName(),
                        event.title(),
                        when(event.startsAt(), locale),
                        link(event.organisationId(), event.meetingId()))));
    }

    @ApplicationModuleListener
    void on(MeetingReminderDue event) {
        var locale = text.locale(event.language());
        outbox.enqueue(OutgoingMessage.email(
                "meeting-reminder:" + event.registrationId() + ":" + event.startsAt(),
                event.contactEmail(),
                text.subject("meetingReminder", locale, event.title()),
                text.body(
                        "meetingReminder",
                        locale,
                        event.organisationName(),
                        event.title(),
                        when(event.startsAt(), locale),
                        event.place(),
                        link(event.organisationId(), event.meetingId()))));
    }

    private String when(Instant instant, Locale locale) {
        var time = instant.atZone(STOCKHOLM);
        return text.date(time.toLocalDate(), locale) + " " + text.time(time.toLocalTime());
    }

    private String link(UUID organisationId, UUID meetingId) {
        return text.link("/forening/" + organisationId + "/moten/" + meetingId);
    }
}
