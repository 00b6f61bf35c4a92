package se.samverka.meeting;

import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import se.samverka.organisation.Organisations;

/**
 * A meeting's waiting list moving up when seats come free (a cancellation, a larger capacity). Part of the
 * caller's transaction, with the meeting's row already locked, so it takes no transaction of its own.
 */
@Component
class MeetingWaitingList {

    private final RegistrationRepository registrations;
    private final MeetingRepository meetings;
    private final Organisations organisations;
    private final ApplicationEventPublisher events;

    MeetingWaitingList(
            RegistrationRepository registrations,
            MeetingRepository meetings,
            Organisations organisations,
            ApplicationEventPublisher events) {
        this.registrations = registrations;
        this.meetings = meetings;
        this.organisations = organisations;
        this.events = events;
    }

    /**
     * Moves the waiting list up while the first in line fits, strictly in order, and tells each who moved up.
     * Call with the meeting's row locked.
     */
    void promote(UUID meetingId) {
        var meeting = meetings.find(meetingId).orElseThrow();
        while (true) {
            var first = registrations.firstWaiting(meetingId);
            if (first.isEmpty() || !meetings.takeSeats(meetingId, first.get().participants())) {
                return;
            }
            registrations.seat(first.get().id());
            var organisation = organisations.find(first.get().organisationId()).orElseThrow();
            events.publishEvent(new MeetingSeatGiven(
                    first.get().id(),
                    meetingId,
                    organisation.id(),
                    organisation.name(),
                    organisation.email(),
                    meeting.title(),
                    meeting.startsAt(),
                    first.get().language()));
        }
    }
}
