package se.samverka.meeting;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Who is invited to which meeting, and the saved lists of organisations to invite. */
@Repository
class InvitationRepository {

    private final JdbcClient jdbc;

    InvitationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void invite(UUID meetingId, UUID organisationId, String by, Instant at) {
        jdbc.sql("""
				INSERT INTO meeting_invitation (meeting_id, organisation_id, invited_by, invited_at)
				VALUES (?, ?, ?, ?)""").params(meetingId, organisationId, by, Timestamp.from(at)).update();
    }

    boolean invited(UUID meetingId, UUID organisationId) {
        return jdbc.sql("SELECT COUNT(*) FROM meeting_invitation WHERE meeting_id = ? AND organisation_id = ?")
                        .params(meetingId, organisationId)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    List<UUID> invitedTo(UUID meetingId) {
        return jdbc.sql("SELECT organisation_id FROM meeting_invitation WHERE meeting_id = ?")
                .param(meetingId)
                .query(UUID.class)
                .list();
    }

    /** A new list; a name already taken fails with the database's DuplicateKeyException. */
    void addList(UUID id, String name, String by, Instant at) {
        jdbc.sql("INSERT INTO meeting_invite_list (id, name, created_by, created_at) VALUES (?, ?, ?, ?)")
                .params(id, name, by, Timestamp.from(at))
                .update();
    }

    void addMember(UUID listId, UUID organisationId) {
        jdbc.sql("INSERT INTO meeting_invite_list_member (list_id, organisation_id) VALUES (?, ?)")
                .params(listId, organisationId)
                .update();
    }

    /** Whether a list has the name, whatever its case. */
    boolean listNameTaken(String name) {
        return jdbc.sql("SELECT COUNT(*) FROM meeting_invite_list WHERE LOWER(name) = LOWER(?)")
                        .param(name)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    List<Invitations.InviteList> lists() {
        return jdbc.sql("""
				SELECT l.id, l.name, (SELECT COUNT(*) FROM meeting_invite_list_member m WHERE m.list_id = l.id)
				FROM meeting_invite_list l ORDER BY l.name""")
                .query((rs, n) ->
                        new Invitations.InviteList(rs.getObject(1, UUID.class), rs.getString(2), rs.getInt(3)))
                .list();
    }

    Set<UUID> members(UUID listId) {
        return Set.copyOf(jdbc.sql("SELECT organisation_id FROM meeting_invite_list_member WHERE list_id = ?")
                .param(listId)
                .query(UUID.class)
                .list());
    }
}
