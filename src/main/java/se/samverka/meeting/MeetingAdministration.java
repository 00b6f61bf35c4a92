package se.samverka.meeting;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Meetings written without the web forms, for the demo data: also meetings already held, with their
 * registrations, attendance, minutes, decisions and actions.
 */
@Service
public class MeetingAdministration {

    private final MeetingRepository repository;
    private final Meetings meetings;
    private final Invitations invitations;
    private final Registrations registrations;
    private final FollowUps followUps;
    private final Clock clock;

    MeetingAdministration(
            MeetingRepository repository,
            Meetings meetings,
            Invitations invitations,
            Registrations registrations,
            FollowUps followUps,
            Clock clock) {
        this.repository = repository;
        this.meetings = meetings;
        this.invitations = invitations;
        this.registrations = registrations;
        this.followUps = followUps;
        this.clock = clock;
    }

    /**
     * A meeting, past or future (so not through {@link Meetings#create}, which refuses the past); {@code departmentId}
     * null means Idélabbet organises. Returns its id.
     */
    @Transactional
    public UUID schedule(
            MeetingKind kind,
            String title,
            String agenda,
            Instant start,
            Instant end,
            String place,
            Integer capacity,
            String departmentId,
            String by) {
        var id = UUID.randomUUID();
        repository.insert(
                id,
                new MeetingDetails(kind, title, agenda, start, end, place, null, capacity, departmentId),
                by,
                clock.instant());
        return id;
    }

    @Transactional
    public void invite(UUID meetingId, Collection<UUID> organisationIds, String by) {
        invitations.invite(meetings.find(meetingId).orElseThrow(), organisationIds, by);
    }

    /** Registers the organisation; true when it got a seat, false when it went on the waiting list. */
    @Transactional
    public boolean register(UUID meetingId, UUID organisationId, int participants, String names) {
        return registrations.register(
                        new NewRegistration(meetingId, organisationId, participants, names, "sv"), "demo", true)
                == Registrations.Outcome.REGISTERED;
    }

    @Transactional
    public void attended(UUID meetingId, Collection<UUID> organisationIds) {
        var ids = registrations.of(meetingId).stream()
                .filter(r -> organisationIds.contains(r.organisationId()))
                .map(Registration::id)
                .toList();
        registrations.recordAttendance(meetingId, ids);
    }

    @Transactional
    public void minutes(UUID meetingId, String minutes, String... decisions) {
        meetings.saveMinutes(meetingId, minutes);
        for (var decision : decisions) {
            followUps.addDecision(meetingId, decision);
        }
    }

    /** A follow-up action owned by the organisation or (organisationId null) the department. */
    @Transactional
    public UUID action(UUID meetingId, String description, UUID organisationId, String departmentId, LocalDate due) {
        return followUps.addAction(
                meetingId,
                new NewAction(description, organisationId, organisationId == null ? departmentId : null, due));
    }

    @Transactional
    public void done(UUID actionId, String by) {
        followUps.markDone(actionId, by);
    }
}
