package se.samverka.meeting;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Meetings themselves: creating, changing, finding and listing them. */
@Service
class Meetings {

    static final int PAGE_SIZE = 20;

    private final MeetingRepository repository;
    private final InvitationRepository invitations;
    private final MeetingWaitingList waitingList;
    private final Clock clock;
    private final OwnerNames owners;

    Meetings(
            MeetingRepository repository,
            InvitationRepository invitations,
            MeetingWaitingList waitingList,
            Clock clock,
            OwnerNames owners) {
        this.repository = repository;
        this.invitations = invitations;
        this.waitingList = waitingList;
        this.clock = clock;
        this.owners = owners;
    }

    Instant now() {
        return clock.instant();
    }

    /**
     * Saves a new meeting. Refused (nothing saved) when it would start in the past or its organiser is not an active
     * department (nor Idélabbet).
     */
    @Transactional
    UUID create(MeetingDetails details, String by) {
        var reasons = EnumSet.noneOf(MeetingRefused.Reason.class);
        if (details.startsAt().isBefore(now())) {
            reasons.add(MeetingRefused.Reason.START_IN_PAST);
        }
        if (!owners.mayOrganise(details.departmentId())) {
            reasons.add(MeetingRefused.Reason.ORGANISER_UNKNOWN);
        }
        if (!reasons.isEmpty()) {
            throw new MeetingRefused(reasons, 0);
        }
        var id = UUID.randomUUID();
        repository.insert(id, details, by, now());
        return id;
    }

    /**
     * Changes a meeting. A new start may not be in the past, the organiser must be an active department (or
     * Idélabbet), and the capacity not below the seats already taken (checked under the meeting's row lock, so no
     * registration slips in between). A larger capacity lets the waiting list move up.
     */
    @Transactional
    void update(UUID id, MeetingDetails details) {
        var current = repository.lock(id);
        var start = details.startsAt();
        var reasons = EnumSet.noneOf(MeetingRefused.Reason.class);
        if (!start.equals(current.startsAt()) && start.isBefore(now())) {
            reasons.add(MeetingRefused.Reason.START_IN_PAST);
        }
        var capacity = details.capacity();
        if (capacity != null && capacity < current.taken()) {
            reasons.add(MeetingRefused.Reason.CAPACITY_BELOW_TAKEN);
        }
        if (!owners.mayOrganise(details.departmentId())) {
            reasons.add(MeetingRefused.Reason.ORGANISER_UNKNOWN);
        }
        if (!reasons.isEmpty()) {
            throw new MeetingRefused(reasons, current.taken());
        }
        repository.update(id, details);
        waitingList.promote(id);
    }

    @Transactional(readOnly = true)
    Optional<Meeting> find(UUID id) {
        return repository.find(id).map(m -> named(List.of(m)).get(0));
    }

    /** A filter of the list: every part may be null. {@code held} true: only meetings that have ended. */
    record Filter(MeetingKind kind, Boolean held, String department, LocalDate from, LocalDate to) {}

    /** One page of the meetings under the filter, latest start first. */
    @Transactional(readOnly = true)
    Page list(Filter filter, int page) {
        var number = Math.max(0, page);
        var now = now();
        var total = repository.count(filter, now);
        var rows = named(repository.page(filter, now, PAGE_SIZE, (long) number * PAGE_SIZE));
        return new Page(rows, number, total);
    }

    /** A page of a list. */
    public record Page(List<Meeting> rows, int page, long total) {

        public boolean hasPrevious() {
            return page > 0;
        }

        public boolean hasNext() {
            return (long) (page + 1) * PAGE_SIZE < total;
        }
    }

    /** The meetings an organisation is invited to, latest first. */
    @Transactional(readOnly = true)
    List<Meeting> invitedTo(UUID organisationId) {
        return named(repository.invitedTo(organisationId));
    }

    @Transactional(readOnly = true)
    boolean invited(UUID meetingId, UUID organisationId) {
        return invitations.invited(meetingId, organisationId);
    }

    /** Saves the minutes; blank minutes are none. */
    @Transactional
    void saveMinutes(UUID meetingId, String minutes) {
        repository.saveMinutes(meetingId, minutes == null || minutes.isBlank() ? null : minutes.strip());
    }

    private List<Meeting> named(List<Meeting> meetings) {
        if (meetings.stream().allMatch(m -> m.departmentId() == null)) {
            return meetings;
        }
        var names = owners.departments();
        return meetings.stream()
                .map(m -> m.departmentId() == null ? m : m.withOrganiserName(names.get(m.departmentId())))
                .toList();
    }
}
