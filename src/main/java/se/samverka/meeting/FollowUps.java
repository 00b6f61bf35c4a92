package se.samverka.meeting;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What a meeting leaves behind: decisions and follow-up actions, tracked until done. */
@Service
class FollowUps {

    static final int PAGE_SIZE = 25;

    private static final String COLUMNS = """
			a.id, a.meeting_id, m.title, m.starts_at, a.description, a.owner_organisation_id, a.owner_department_id,
			a.due_on, a.status
			FROM meeting_action a JOIN meeting m ON m.id = a.meeting_id""";

    private final JdbcClient jdbc;
    private final Clock clock;
    private final OwnerNames owners;

    FollowUps(JdbcClient jdbc, Clock clock, OwnerNames owners) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.owners = owners;
    }

    /** A decision of a meeting. */
    public record Decision(UUID id, String text) {}

    @Transactional
    void addDecision(UUID meetingId, String text) {
        jdbc.sql("INSERT INTO meeting_decision (id, meeting_id, text, created_at) VALUES (?, ?, ?, ?)")
                .params(UUID.randomUUID(), meetingId, text.strip(), Timestamp.from(clock.instant()))
                .update();
    }

    @Transactional(readOnly = true)
    List<Decision> decisions(UUID meetingId) {
        return jdbc.sql("SELECT id, text FROM meeting_decision WHERE meeting_id = ? ORDER BY created_at, id")
                .param(meetingId)
                .query((rs, n) -> new Decision(rs.getObject(1, UUID.class), rs.getString(2)))
                .list();
    }

    /** Adds an action owned by exactly one of the organisation and the department (the database checks it too). */
    @Transactional
    UUID addAction(UUID meetingId, String description, UUID organisationId, String departmentId, LocalDate dueOn) {
        var id = UUID.randomUUID();
        jdbc.sql("""
				INSERT INTO meeting_action (id, meeting_id, description, owner_organisation_id, owner_department_id,
				  due_on, status, created_at) VALUES (?, ?, ?, ?, ?, ?, 'OPEN', ?)""")
                .params(
                        id,
                        meetingId,
                        description.strip(),
                        organisationId,
                        departmentId,
                        dueOn,
                        Timestamp.from(clock.instant()))
                .update();
        return id;
    }

    @Transactional(readOnly = true)
    List<FollowUpAction> of(UUID meetingId) {
        return owners.named(jdbc.sql("SELECT " + COLUMNS + " WHERE a.meeting_id = ? ORDER BY a.due_on, a.id")
                .param(meetingId)
                .query(this::map)
                .list());
    }

    /** Open actions of earlier meetings of the same kind: what the next meeting follows up. */
    @Transactional(readOnly = true)
    List<FollowUpAction> openBefore(Meeting meeting) {
        return owners.named(jdbc.sql("SELECT " + COLUMNS + " " + """
				 WHERE a.status = 'OPEN' AND m.kind = ? AND m.starts_at < ? ORDER BY a.due_on, a.id""")
                .params(meeting.kind().name(), Timestamp.from(meeting.startsAt()))
                .query(this::map)
                .list());
    }

    @Transactional(readOnly = true)
    Optional<FollowUpAction> find(UUID actionId) {
        return jdbc.sql("SELECT " + COLUMNS + " WHERE a.id = ?")
                .param(actionId)
                .query(this::map)
                .optional()
                .map(a -> owners.named(List.of(a)).get(0));
    }

    /** The actions an organisation owns, open first. */
    @Transactional(readOnly = true)
    List<FollowUpAction> ownedBy(UUID organisationId) {
        return owners.named(jdbc.sql("SELECT " + COLUMNS + " " + """
				 WHERE a.owner_organisation_id = ? ORDER BY CASE WHEN a.status = 'OPEN' THEN 0 ELSE 1 END, a.due_on""")
                .param(organisationId)
                .query(this::map)
                .list());
    }

    @Transactional
    boolean markDone(UUID actionId, String by) {
        return jdbc.sql(
                                "UPDATE meeting_action SET status = 'DONE', done_at = ?, done_by = ? WHERE id = ? AND status = 'OPEN'")
                        .params(Timestamp.from(clock.instant()), by, actionId)
                        .update()
                == 1;
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
        var where = new StringBuilder(" WHERE TRUE");
        var params = new ArrayList<Object>();
        if (filter.done() != null) {
            where.append(" AND a.status = ?");
            params.add(filter.done() ? "DONE" : "OPEN");
        }
        if (filter.department() != null) {
            where.append(" AND a.owner_department_id = ?");
            params.add(filter.department());
        }
        if (filter.organisation() != null) {
            where.append(" AND a.owner_organisation_id = ?");
            params.add(filter.organisation());
        }
        var total = jdbc.sql("SELECT COUNT(*) FROM meeting_action a" + where)
                .params(params)
                .query(Long.class)
                .single();
        var pageParams = new ArrayList<>(params);
        pageParams.add(PAGE_SIZE);
        pageParams.add((long) Math.max(0, page) * PAGE_SIZE);
        var rows = owners.named(jdbc.sql("SELECT " + COLUMNS + where + " ORDER BY a.due_on, a.id LIMIT ? OFFSET ?")
                .params(pageParams)
                .query(this::map)
                .list());
        return new Page(rows, Math.max(0, page), total);
    }

    private FollowUpAction map(ResultSet rs, int n) throws SQLException {
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
