package se.samverka.meeting;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Decisions and follow-up actions of meetings. An action has exactly one owner, an organisation or a department;
 * the database's check holds that too.
 */
@Repository
class FollowUpRepository {

    private static final String COLUMNS = """
			a.id, a.meeting_id, m.title, m.starts_at, a.description, a.owner_organisation_id, a.owner_department_id,
			a.due_on, a.status
			FROM meeting_action a JOIN meeting m ON m.id = a.meeting_id""";

    private final JdbcClient jdbc;

    FollowUpRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void addDecision(UUID meetingId, String text, Instant at) {
        jdbc.sql("INSERT INTO meeting_decision (id, meeting_id, text, created_at) VALUES (?, ?, ?, ?)")
                .params(UUID.randomUUID(), meetingId, text, Timestamp.from(at))
                .update();
    }

    List<FollowUps.Decision> decisions(UUID meetingId) {
        return jdbc.sql("SELECT id, text FROM meeting_decision WHERE meeting_id = ? ORDER BY created_at, id")
                .param(meetingId)
                .query((rs, n) -> new FollowUps.Decision(rs.getObject(1, UUID.class), rs.getString(2)))
                .list();
    }

    void addAction(UUID id, UUID meetingId, NewAction action, Instant at) {
        jdbc.sql("""
				INSERT INTO meeting_action (id, meeting_id, description, owner_organisation_id, owner_department_id,
				  due_on, status, created_at) VALUES (?, ?, ?, ?, ?, ?, 'OPEN', ?)""")
                .params(
                        id,
                        meetingId,
                        action.description(),
                        action.organisationId(),
                        action.departmentId(),
                        action.dueOn(),
                        Timestamp.from(at))
                .update();
    }

    List<FollowUpAction> of(UUID meetingId) {
        return jdbc.sql("SELECT " + COLUMNS + " WHERE a.meeting_id = ? ORDER BY a.due_on, a.id")
                .param(meetingId)
                .query(FollowUpRepository::map)
                .list();
    }

    /** Open actions of meetings of the kind that started before the moment. */
    List<FollowUpAction> openBefore(MeetingKind kind, Instant before) {
        return jdbc.sql("SELECT " + COLUMNS + " " + """
				 WHERE a.status = 'OPEN' AND m.kind = ? AND m.starts_at < ? ORDER BY a.due_on, a.id""")
                .params(kind.name(), Timestamp.from(before))
                .query(FollowUpRepository::map)
                .list();
    }

    Optional<FollowUpAction> find(UUID actionId) {
        return jdbc.sql("SELECT " + COLUMNS + " WHERE a.id = ?")
                .param(actionId)
                .query(FollowUpRepository::map)
                .optional();
    }

    /** The actions an organisation owns, open first. */
    List<FollowUpAction> ownedBy(UUID organisationId) {
        return jdbc.sql("SELECT " + COLUMNS + " " + """
				 WHERE a.owner_organisation_id = ? ORDER BY CASE WHEN a.status = 'OPEN' THEN 0 ELSE 1 END, a.due_on""")
                .param(organisationId)
                .query(FollowUpRepository::map)
                .list();
    }

    /** True when this call closed it; an action already done stays as it was. */
    boolean markDone(UUID actionId, String by, Instant at) {
        return jdbc.sql(
                                "UPDATE meeting_action SET status = 'DONE', done_at = ?, done_by = ? WHERE id = ? AND status = 'OPEN'")
                        .params(Timestamp.from(at), by, actionId)
                        .update()
                == 1;
    }

    long count(FollowUps.Filter filter) {
        var where = where(filter);
        return jdbc.sql("SELECT COUNT(*) FROM meeting_action a" + where.sql())
                .params(where.params())
                .query(Long.class)
                .single();
    }

    List<FollowUpAction> page(FollowUps.Filter filter, int limit, long offset) {
        var where = where(filter);
        var params = new ArrayList<>(where.params());
        params.add(limit);
        params.add(offset);
        return jdbc.sql("SELECT " + COLUMNS + where.sql() + " ORDER BY a.due_on, a.id LIMIT ? OFFSET ?")
                .params(params)
                .query(FollowUpRepository::map)
                .list();
    }

    private record Where(String sql, List<Object> params) {}

    private static Where where(FollowUps.Filter filter) {
        var sql = new StringBuilder(" WHERE TRUE");
        var params = new ArrayList<Object>();
        if (filter.done() != null) {
            sql.append(" AND a.status = ?");
            params.add(filter.done() ? "DONE" : "OPEN");
        }
        if (filter.department() != null) {
            sql.append(" AND a.owner_department_id = ?");
            params.add(filter.department());
        }
        if (filter.organisation() != null) {
            sql.append(" AND a.owner_organisation_id = ?");
            params.add(filter.organisation());
        }
        return new Where(sql.toString(), params);
    }

    private static FollowUpAction map(ResultSet rs, int n) throws SQLException {
        return new FollowUpAction(
                rs.getObject(1, UUID.class),
                rs.getObject(2, UUID.class),
                rs.getString(3),
                rs.getTimestamp(4).toInstant().atZone(Meeting.STOCKHOLM).toLocalDate(),
                rs.getString(5),
                rs.getObject(6, UUID.class),
                rs.getString(7),
                null,
                rs.getDate(8).toLocalDate(),
                "DONE".equals(rs.getString(9)));
    }
}
