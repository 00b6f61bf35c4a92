package se.samverka.resourcegroup;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Members brought into groups from a list (the administrators' import): which groups there are, who already is a
 * member of them with what training, and writing many members at once. The people must already be volunteers in the
 * register; this API never creates one.
 */
@Service
public class GroupMemberImport {

    /** A member as the register has them: whether they lead the group and their training. */
    public record Membership(UUID groupId, UUID volunteerId, boolean leader, List<Training> trainings) {}

    /**
     * A member to add or change. {@code leader} null keeps the role (a new member is not a leader); a training with the
     * same name (in any case) and the same day taken replaces that training's expiry, another one is added.
     */
    public record Imported(
            UUID groupId, UUID volunteerId, Boolean leader, String training, LocalDate takenOn, LocalDate expiresOn) {}

    private final MemberImportRepository repository;
    private final Clock clock;

    GroupMemberImport(MemberImportRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    /** Every group's name by its id (a municipality has tens of groups, not thousands). */
    @Transactional(readOnly = true)
    public Map<UUID, String> groupNames() {
        return repository.groupNames();
    }

    /** The members of these groups with their training. */
    @Transactional(readOnly = true)
    public List<Membership> memberships(Collection<UUID> groupIds) {
        return groupIds.isEmpty() ? List.of() : repository.memberships(groupIds);
    }

    /**
     * Adds the members who are not members yet, sets the roles given and records the training, in JDBC batches. Runs
     * in the caller's transaction when there is one, so an import is all or nothing; a group that is gone fails it.
     */
    @Transactional
    public void save(List<Imported> members, String by) {
        if (!members.isEmpty()) {
            repository.save(members, by, clock.instant());
        }
    }
}
