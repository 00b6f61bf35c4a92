package se.samverka.resourcegroup;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.samverka.shared.NotFoundException;
import se.samverka.volunteer.Volunteers;

/**
 * The register of resource groups: groups, their members (volunteers from the volunteer register), leaders and each
 * member's training with its expiry. Group call-outs are {@link GroupCallouts}.
 */
@Service
public class ResourceGroups {

    private final GroupRepository repository;
    private final Volunteers volunteers;
    private final Clock clock;

    ResourceGroups(GroupRepository repository, Volunteers volunteers, Clock clock) {
        this.repository = repository;
        this.volunteers = volunteers;
        this.clock = clock;
    }

    /** Thrown when another group already has the name. */
    public static class NameTaken extends RuntimeException {
        NameTaken() {
            super("A group has that name");
        }
    }

    @Transactional
    public UUID create(String name, GroupKind kind, String description, String by) {
        if (repository.nameTaken(name.strip())) {
            throw new NameTaken();
        }
        var id = UUID.randomUUID();
        var text = description == null || description.isBlank() ? null : description.strip();
        repository.insert(id, name.strip(), kind, text, by, clock.instant());
        return id;
    }

    @Transactional(readOnly = true)
    public Optional<ResourceGroup> find(UUID id) {
        return repository.find(id);
    }

    ResourceGroup get(UUID id) {
        return repository.find(id).orElseThrow(() -> new NotFoundException("Group"));
    }

    /** Groups whose name contains the text, of the kind (null: any), 25 a page. */
    @Transactional(readOnly = true)
    Page<ResourceGroup> page(String text, GroupKind kind, int page) {
        var total = repository.count(text, kind);
        return new Page<>(repository.page(text, kind, Page.offset(page), Page.SIZE), total, page);
    }

    /** Every member with name, phone and training; leaders first. Members who left the register are left out. */
    @Transactional(readOnly = true)
    public List<Member> members(UUID groupId) {
        var ids = repository.members(groupId);
        var trainings = repository.trainings(groupId);
        var result = new ArrayList<Member>();
        ids.forEach((id, leader) -> volunteers
                .find(id)
                .ifPresent(v -> result.add(new Member(
                        id,
                        v.name(),
                        v.phone() == null ? null : v.phone().display(),
                        leader,
                        trainings.getOrDefault(id, List.of())))));
        return result;
    }

    /** Members whose name or phone contains the text (blank: all), 25 a page. */
    Page<Member> memberPage(UUID groupId, String text, int page) {
        var needle = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        var all = members(groupId).stream()
                .filter(m -> needle.isEmpty()
                        || m.name().toLowerCase(Locale.ROOT).contains(needle)
                        || (m.phone() != null && m.phone().replace(" ", "").contains(needle.replace(" ", ""))))
                .toList();
        var from = Math.min(all.size(), Page.offset(page));
        return new Page<>(all.subList(from, Math.min(all.size(), from + Page.SIZE)), all.size(), page);
    }

    public Optional<Member> member(UUID groupId, UUID volunteerId) {
        return members(groupId).stream()
                .filter(m -> m.volunteerId().equals(volunteerId))
                .findFirst();
    }

    /** Adds a volunteer from the register; false when they already are a member. */
    @Transactional
    public boolean addMember(UUID groupId, UUID volunteerId, String by) {
        get(groupId);
        volunteers.find(volunteerId).orElseThrow(() -> new NotFoundException("Volunteer"));
        return repository.addMember(groupId, volunteerId, by, clock.instant());
    }

    @Transactional
    public boolean removeMember(UUID groupId, UUID volunteerId) {
        return repository.removeMember(groupId, volunteerId);
    }

    @Transactional
    public void setLeader(UUID groupId, UUID volunteerId, boolean leader) {
        if (!repository.setLeader(groupId, volunteerId, leader)) {
            throw new NotFoundException("Member");
        }
    }

    @Transactional
    public void addTraining(UUID groupId, UUID volunteerId, String name, LocalDate takenOn, LocalDate expiresOn) {
        if (member(groupId, volunteerId).isEmpty()) {
            throw new NotFoundException("Member");
        }
        repository.addTraining(groupId, volunteerId, name.strip(), takenOn, expiresOn);
    }

    @Transactional
    public boolean removeTraining(UUID groupId, UUID volunteerId, UUID trainingId) {
        return repository.removeTraining(groupId, volunteerId, trainingId);
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }
}
