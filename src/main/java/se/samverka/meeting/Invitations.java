package se.samverka.meeting;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.samverka.organisation.ActivityKind;
import se.samverka.organisation.Organisation;
import se.samverka.organisation.Organisations;

/** Whom a meeting invites: approved organisations chosen by district, activity or a saved list. */
@Service
class Invitations {

    private final InvitationRepository repository;
    private final Organisations organisations;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Invitations(
            InvitationRepository repository,
            Organisations organisations,
            ApplicationEventPublisher events,
            Clock clock) {
        this.repository = repository;
        this.organisations = organisations;
        this.events = events;
        this.clock = clock;
    }

    /** A saved list of organisations. */
    public record InviteList(UUID id, String name, int size) {}

    /** The approved organisations in the district, with the activity and on the list; null matches all. */
    @Transactional(readOnly = true)
    List<Organisation> candidates(String district, ActivityKind activity, UUID listId) {
        var onList = listId == null ? null : repository.members(listId);
        return organisations.approved().stream()
                .filter(o -> district == null || o.districtIds().contains(district))
                .filter(o -> activity == null || o.activities().contains(activity))
                .filter(o -> onList == null || onList.contains(o.id()))
                .toList();
    }

    /**
     * Invites the approved organisations among the ids that are not yet invited, each told by e-mail; returns how
     * many were new.
     */
    @Transactional
    int invite(Meeting meeting, Collection<UUID> organisationIds, String by) {
        var approved = organisations.approved().stream().collect(Collectors.toMap(Organisation::id, o -> o));
        var now = clock.instant();
        var count = 0;
        for (var id : Set.copyOf(organisationIds)) {
            var organisation = approved.get(id);
            if (organisation == null || repository.invited(meeting.id(), id)) {
                continue;
            }
            repository.invite(meeting.id(), id, by, now);
            events.publishEvent(new OrganisationInvitedToMeeting(
                    meeting.id(),
                    id,
                    organisation.name(),
                    organisation.email(),
                    meeting.title(),
                    meeting.startsAt(),
                    meeting.place() != null ? meeting.place() : meeting.videoLink(),
                    organisation.language()));
            count++;
        }
        return count;
    }

    /** The organisations invited to the meeting: each as its id (text) and name. */
    @Transactional(readOnly = true)
    List<String[]> invited(UUID meetingId) {
        var names = organisations.namesOf(repository.invitedTo(meetingId));
        return names.entrySet().stream()
                .map(e -> new String[] {e.getKey().toString(), e.getValue()})
                .toList();
    }

    /** Saves a named list of organisations; empty when the name is taken. */
    @Transactional
    Optional<UUID> saveList(String name, Collection<UUID> organisationIds, String by) {
        var id = UUID.randomUUID();
        try {
            repository.addList(id, name.strip(), by, clock.instant());
        } catch (DuplicateKeyException e) {
            return Optional.empty();
        }
        for (var organisation : Set.copyOf(organisationIds)) {
            repository.addMember(id, organisation);
        }
        return Optional.of(id);
    }

    @Transactional(readOnly = true)
    boolean listNameTaken(String name) {
        return repository.listNameTaken(name.strip());
    }

    @Transactional(readOnly = true)
    List<InviteList> lists() {
        return repository.lists();
    }
}
