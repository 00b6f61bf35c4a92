package se.samverka.meeting;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What a meeting leaves behind: decisions and follow-up actions, tracked until done. */
@Service
class FollowUps {

    static final int PAGE_SIZE = 25;

    private final FollowUpRepository repository;
    private final Clock clock;
    private final OwnerNames owners;

    FollowUps(FollowUpRepository repository, Clock clock, OwnerNames owners) {
        this.repository = repository;
        this.clock = clock;
        this.owners = owners;
    }

    /** A decision of a meeting. */
    public record Decision(UUID id, String text) {}

    @Transactional
    void addDecision(UUID meetingId, String text) {
        repository.addDecision(meetingId, text.strip(), clock.instant());
    }

    @Transactional(readOnly = true)
    List<Decision> decisions(UUID meetingId) {
        return repository.decisions(meetingId);
    }

    /**
     * Adds an action. Its owner must be an approved organisation or an active department, else
     * {@link UnknownActionOwner} and nothing is saved.
     */
    @Transactional
    UUID addAction(UUID meetingId, NewAction action) {
        if (!owners.mayOwn(action.organisationId(), action.departmentId())) {
            throw new UnknownActionOwner();
        }
        var id = UUID.randomUUID();
        repository.addAction(id, meetingId, action, clock.instant());
        return id;
    }

    @Transactional(readOnly = true)
    List<FollowUpAction> of(UUID meetingId) {
        return owners.named(repository.of(meetingId));
    }

    /** Open actions of earlier meetings of the same kind: what the next meeting follows up. */
    @Transactional(readOnly = true)
    List<FollowUpAction> openBefore(Meeting meeting) {
        return owners.named(repository.openBefore(meeting.kind(), meeting.startsAt()));
    }

    @Transactional(readOnly = true)
    Optional<FollowUpAction> find(UUID actionId) {
        return repository.find(actionId).map(a -> owners.named(List.of(a)).get(0));
    }

    /** The actions an organisation owns, open first. */
    @Transactional(readOnly = true)
    List<FollowUpAction> ownedBy(UUID organisationId) {
        return owners.named(repository.ownedBy(organisationId));
    }

    @Transactional
    boolean markDone(UUID actionId, String by) {
        return repository.markDone(actionId, by, clock.instant());
    }

    /** A filter of the action list; null parts match all. */
    record Filter(Boolean done, String department, UUID organisation) {}

    /** A page of actions. */
    public record Page(List<FollowUpAction> rows, int page, long total) {

        public boolean hasPrevious() {
            return page > 0;
        }

        public boolean hasNext() {
            return (long) (page + 1) * PAGE_SIZE < total;
        }
    }

    @Transactional(readOnly = true)
    Page list(Filter filter, int page) {
        var number = Math.max(0, page);
        var total = repository.count(filter);
        var rows = owners.named(repository.page(filter, PAGE_SIZE, (long) number * PAGE_SIZE));
        return new Page(rows, number, total);
    }
}
