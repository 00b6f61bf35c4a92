package se.samverka.meeting;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.samverka.organisation.Organisations;

/** Reminders the day before a meeting, to the organisations with a seat. */
@Service
class DayBeforeReminders {

    private final RegistrationRepository registrations;
    private final Organisations organisations;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DayBeforeReminders(
            RegistrationRepository registrations,
            Organisations organisations,
            ApplicationEventPublisher events,
            Clock clock) {
        this.registrations = registrations;
        this.organisations = organisations;
        this.events = events;
        this.clock = clock;
    }

    /** Reminds every registered organisation whose meeting starts tomorrow (Stockholm), each once. */
    @Transactional
    int remindTomorrow() {
        var tomorrow = LocalDate.now(clock.withZone(Meeting.STOCKHOLM)).plusDays(1);
        var due = registrations.due(
                tomorrow.atStartOfDay(Meeting.STOCKHOLM).toInstant(),
                tomorrow.plusDays(1).atStartOfDay(Meeting.STOCKHOLM).toInstant());
        var count = 0;
        for (var d : due) {
            if (registrations.markReminded(d.registrationId(), clock.instant())) {
                var organisation = organisations.find(d.organisationId()).orElseThrow();
                events.publishEvent(new MeetingReminderDue(
                        d.registrationId(),
                        d.meetingId(),
                        organisation.id(),
                        organisation.name(),
                        organisation.email(),
                        d.title(),
                        d.startsAt(),
                        d.place(),
                        d.language()));
                count++;
            }
        }
        return count;
    }
}
