package se.samverka.meeting;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.samverka.organisation.ActivityKind;
import se.samverka.organisation.Organisation;
import se.samverka.organisation.Organisations;

/** Whom a meeting invites: approved organisations chosen by district, activity or a saved list. */
@Service
class Invitations {

    private final JdbcClient jdbc;
    private final Organisations organisations;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Invitations(JdbcClient jdbc, Organisations organisations, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.organisations = organisations;
        this.events = events;
        this.clock = clock;
    }

    /** A saved list of organisations. */
    public record InviteList(UUID id, String name, int size) {}

    /** The approved organisations in the district, with the activity and on the list; null matches all. */
    @Transactional(readOnly = true)
    List<Organisation> candidates(String district, ActivityKind activity, UUID listId) {
        var onList = listId == null ? null : members(listId);
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
        var now = Timestamp.from(clock.instant());
        var count = 0;
        for (var id : Set.copyOf(organisationIds)) {
            var organisation = approved.get(id);
            if (organisation == null || invited(meeting.id(), id)) {
                continue;
            }
            jdbc.sql("""
					INSERT INTO meeting_invitation (meeting_id, organisation_id, invited_by, invited_at)
					VALUES (?, ?, ?, ?)""").params(meeting.id(), id, by, now).update();
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

    private boolean invited(UUID meetingId, UUID organisationId) {
        return jdbc.sql("SELECT COUNT(*) FROM meeting_invitation WHERE meeting_id = ? AND organisation_id = ?")
                        .params(meetingId, organisationId)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    /** The organisations invited to the meeting, by name. */
    @Transactional(readOnly = true)
    List<String[]> invited(UUID meetingId) {
        var ids = jdbc.sql("SELECT organisation_id FROM meeting_invitation WHERE meeting_id = ?")
                .param(meetingId)
                .query(UUID.class)
                .list();
        var names = organisations.namesOf(ids);
        return names.entrySet().stream()
                .map(e -> new String[] {e.getKey().toString(), e.getValue()})
                .toList();
    }

    /** Saves a named list of organisations; empty when the name is taken. */
    @Transactional
    Optional<UUID> saveList(String name, Collection<UUID> organisationIds, String by) {
        var id = UUID.randomUUID();
        try {
            jdbc.sql("INSERT INTO meeting_invite_list (id, name, created_by, created_at) VALUES (?, ?, ?, ?)")
                    .params(id, name.strip(), by, Timestamp.from(clock.instant()))
                    .update();
        } catch (DuplicateKeyException e) {
            return Optional.empty();
        }
        for (var organisation : Set.copyOf(organisationIds)) {
            jdbc.sql("INSERT INTO meeting_invite_list_member (list_id, organisation_id) VALUES (?, ?)")
                    .params(id, organisation)
                    .update();
        }
        return Optional.of(id);
    }

    @Transactional(readOnly = true)
    boolean listNameTaken(String name) {
        return jdbc.sql("SELECT COUNT(*) FROM meeting_invite_list WHERE LOWER(name) = LOWER(?)")
                        .param(name.strip())
                        .query(Integer.class)
                        .single()
                > 0;
    }

    @Transactional(readOnly = true)
    List<InviteList> lists() {
        return jdbc.sql("""
				SELECT l.id, l.name, (SELECT COUNT(*) FROM meeting_invite_list_member m WHERE m.list_id = l.id)
				FROM meeting_invite_list l ORDER BY l.name""")
                .query((rs, n) -> new InviteList(rs.getObject(1, UUID.class), rs.getString(2), rs.getInt(3)))
                .list();
    }

    private Set<UUID> members(UUID listId) {
        return Set.copyOf(jdbc.sql("SELECT organisation_id FROM meeting_invite_list_member WHERE list_id = ?")
                .param(listId)
                .query(UUID.class)
                .list());
    }
}
