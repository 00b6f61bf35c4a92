package se.samverka.meeting;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.samverka.organisation.Organisations;

/**
 * Registrations with a waiting list. Every change locks the meeting's row first, so registrations to one meeting
 * take turns; seats are taken only while they fit, and nobody jumps the waiting list.
 */
@Service
class Registrations {

    private final RegistrationRepository repository;
    private final MeetingRepository meetings;
    private final MeetingWaitingList waitingList;
    private final Organisations organisations;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Registrations(
            RegistrationRepository repository,
            MeetingRepository meetings,
            MeetingWaitingList waitingList,
            Organisations organisations,
            ApplicationEventPublisher events,
            Clock clock) {
        this.repository = repository;
        this.meetings = meetings;
        this.waitingList = waitingList;
        this.organisations = organisations;
        this.events = events;
        this.clock = clock;
    }

    /** What became of a registration. */
    enum Outcome {
        REGISTERED,
        WAITING,
        ALREADY_REGISTERED,
        STARTED,
        /** More participants than the whole meeting holds: they would wait for ever and block the list behind. */
        OVER_CAPACITY
    }

    /**
     * Registers the organisation: a seat when the participants fit and nobody waits before it, else the waiting
     * list.
     */
    @Transactional
    Outcome register(NewRegistration registration, String by) {
        return register(registration, by, false);
    }

    /** As above; {@code recordingThePast} lets the demo data record registrations to a meeting already held. */
    @Transactional
    Outcome register(NewRegistration registration, String by, boolean recordingThePast) {
        var meeting = meetings.lock(registration.meetingId());
        if (!meeting.holds(registration.participants())) {
            return Outcome.OVER_CAPACITY;
        }
        var now = clock.instant();
        if (!recordingThePast && meeting.started(now)) {
            return Outcome.STARTED;
        }
        var existing = repository.status(registration.meetingId(), registration.organisationId());
        if (existing.isPresent() && existing.get() != Registration.Status.CANCELLED) {
            return Outcome.ALREADY_REGISTERED;
        }
        var seated =
                repository.waiting(meeting.id()) == 0 && meetings.takeSeats(meeting.id(), registration.participants());
        var status = seated ? Registration.Status.REGISTERED : Registration.Status.WAITING;
        if (existing.isPresent()) {
            repository.renew(registration, status, by, now);
        } else {
            repository.insert(registration, status, by, now);
        }
        return seated ? Outcome.REGISTERED : Outcome.WAITING;
    }

    /** Cancels the organisation's registration; a freed seat goes to the waiting list in order. */
    @Transactional
    boolean cancel(UUID meetingId, UUID organisationId) {
        meetings.lock(meetingId);
        var current = find(meetingId, organisationId).filter(Registration::active);
        if (current.isEmpty()) {
            return false;
        }
        repository.cancel(current.get().id());
        if (current.get().status() == Registration.Status.REGISTERED) {
            meetings.releaseSeats(meetingId, current.get().participants());
        }
        waitingList.promote(meetingId);
        return true;
    }

    /**
     * Staff cancel the organisation's registration (a seat or a place on the waiting list): the seat goes to the
     * waiting list in order, and the organisation is told in the language it registered in. False when there was no
     * live registration.
     */
    @Transactional
    boolean cancelByStaff(UUID meetingId, UUID organisationId) {
        var registration = find(meetingId, organisationId).filter(Registration::active);
        if (registration.isEmpty() || !cancel(meetingId, organisationId)) {
            return false;
        }
        var meeting = meetings.find(meetingId).orElseThrow();
        var language = repository.language(registration.get().id());
        organisations
                .find(organisationId)
                .ifPresent(o -> events.publishEvent(new MeetingRegistrationCancelled(
                        registration.get().id(),
                        meetingId,
                        o.id(),
                        o.name(),
                        o.email(),
                        meeting.title(),
                        meeting.startsAt(),
                        language,
                        registration.get().registeredAt())));
        return true;
    }

    @Transactional(readOnly = true)
    Optional<Registration> find(UUID meetingId, UUID organisationId) {
        return repository
                .find(meetingId, organisationId)
                .map(r -> named(List.of(r)).get(0));
    }

    /** The meeting's live registrations: seats first, then the waiting list in order. */
    @Transactional(readOnly = true)
    List<Registration> of(UUID meetingId) {
        return named(repository.live(meetingId));
    }

    /**
     * Ticks who attended: the registrations with a seat, attended when their id is given. False (nothing recorded)
     * before the meeting has started.
     */
    @Transactional
    boolean recordAttendance(UUID meetingId, Collection<UUID> attended) {
        var meeting = meetings.find(meetingId).orElseThrow();
        if (!meeting.started(clock.instant())) {
            return false;
        }
        for (var r : of(meetingId)) {
            if (r.status() == Registration.Status.REGISTERED) {
                repository.attended(r.id(), attended.contains(r.id()));
            }
        }
        return true;
    }

    /** The registrations with their organisation's name, which the organisation module keeps. */
    private List<Registration> named(List<Registration> registrations) {
        var names = organisations.namesOf(
                registrations.stream().map(Registration::organisationId).toList());
        return registrations.stream()
                .filter(r -> names.containsKey(r.organisationId()))
                .map(r -> new Registration(
                        r.id(),
                        r.meetingId(),
                        r.organisationId(),
                        names.get(r.organisationId()),
                        r.participants(),
                        r.names(),
                        r.status(),
                        r.registeredAt(),
                        r.attended()))
                .toList();
    }
}
