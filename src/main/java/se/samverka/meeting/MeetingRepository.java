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
 * The meeting table: the meetings themselves, their minutes and their seat counter. The counter only grows through
 * an UPDATE guarded by the capacity, and the database's check refuses a counter above it.
 */
@Repository
class MeetingRepository {

    private static final String COLUMNS = """
			m.id, m.kind, m.title, m.agenda, m.starts_at, m.ends_at, m.place, m.video_link, m.capacity, m.taken,
			m.organiser_department_id, m.minutes, m.created_by
			FROM meeting m""";

    private final JdbcClient jdbc;

    MeetingRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(UUID id, MeetingDetails details, String by, Instant now) {
        jdbc.sql("""
				INSERT INTO meeting (id, kind, title, agenda, starts_at, ends_at, place, video_link, capacity,
				  organiser_department_id, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        id,
                        details.kind().name(),
                        details.title(),
                        details.agenda(),
                        Timestamp.from(details.startsAt()),
                        Timestamp.from(details.endsAt()),
                        details.place(),
                        details.videoLink(),
                        details.capacity(),
                        details.departmentId(),
                        by,
                        Timestamp.from(now))
                .update();
    }

    void update(UUID id, MeetingDetails details) {
        jdbc.sql("""
				UPDATE meeting SET kind = ?, title = ?, agenda = ?, starts_at = ?, ends_at = ?, place = ?,
				  video_link = ?, capacity = ?, organiser_department_id = ? WHERE id = ?""")
                .params(
                        details.kind().name(),
                        details.title(),
                        details.agenda(),
                        Timestamp.from(details.startsAt()),
                        Timestamp.from(details.endsAt()),
                        details.place(),
                        details.videoLink(),
                        details.capacity(),
                        details.departmentId(),
                        id)
                .update();
    }

    /** The meeting, its row locked until the transaction ends: changes to one meeting take turns. */
    Meeting lock(UUID id) {
        jdbc.sql("SELECT id FROM meeting WHERE id = ? FOR UPDATE")
                .param(id)
                .query(UUID.class)
                .single();
        return find(id).orElseThrow();
    }

    Optional<Meeting> find(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " WHERE m.id = ?")
                .param(id)
                .query(MeetingRepository::map)
                .optional();
    }

    long count(Meetings.Filter filter, Instant now) {
        var where = where(filter, now);
        return jdbc.sql("SELECT COUNT(*) FROM meeting m" + where.sql())
                .params(where.params())
                .query(Long.class)
                .single();
    }

    /** The meetings under the filter, latest start first. */
    List<Meeting> page(Meetings.Filter filter, Instant now, int limit, long offset) {
        var where = where(filter, now);
        var params = new ArrayList<>(where.params());
        params.add(limit);
        params.add(offset);
        return jdbc.sql("SELECT " + COLUMNS + where.sql() + " ORDER BY m.starts_at DESC LIMIT ? OFFSET ?")
                .params(params)
                .query(MeetingRepository::map)
                .list();
    }

    private record Where(String sql, List<Object> params) {}

    private static Where where(Meetings.Filter filter, Instant now) {
        var sql = new StringBuilder(" WHERE TRUE");
        var params = new ArrayList<Object>();
        if (filter.kind() != null) {
            sql.append(" AND m.kind = ?");
            params.add(filter.kind().name());
        }
        if (Boolean.TRUE.equals(filter.held())) {
            sql.append(" AND m.ends_at < ?");
            params.add(Timestamp.from(now));
        } else if (Boolean.FALSE.equals(filter.held())) {
            sql.append(" AND m.ends_at >= ?");
            params.add(Timestamp.from(now));
        }
        if (filter.department() != null) {
            sql.append(" AND m.organiser_department_id = ?");
            params.add(filter.department());
        }
        if (filter.from() != null) {
            sql.append(" AND m.starts_at >= ?");
            params.add(
                    Timestamp.from(filter.from().atStartOfDay(Meeting.STOCKHOLM).toInstant()));
        }
        if (filter.to() != null) {
            sql.append(" AND m.starts_at < ?");
            params.add(Timestamp.from(
                    filter.to().plusDays(1).atStartOfDay(Meeting.STOCKHOLM).toInstant()));
        }
        return new Where(sql.toString(), params);
    }

    /** The meetings an organisation is invited to, latest first. */
    List<Meeting> invitedTo(UUID organisationId) {
        return jdbc.sql("SELECT " + COLUMNS + " " + """
				 WHERE EXISTS (SELECT 1 FROM meeting_invitation i WHERE i.meeting_id = m.id AND i.organisation_id = ?)
				 ORDER BY m.starts_at DESC""")
                .param(organisationId)
                .query(MeetingRepository::map)
                .list();
    }

    void saveMinutes(UUID id, String minutes) {
        jdbc.sql("UPDATE meeting SET minutes = ? WHERE id = ?")
                .params(minutes, id)
                .update();
    }

    /** Takes the seats if they fit; the WHERE clause is the guard, the row count the answer. */
    boolean takeSeats(UUID id, int participants) {
        return jdbc.sql("""
				UPDATE meeting SET taken = taken + ? WHERE id = ? AND (capacity IS NULL OR taken + ? <= capacity)""").params(participants, id, participants).update() == 1;
    }

    void releaseSeats(UUID id, int participants) {
        jdbc.sql("UPDATE meeting SET taken = taken - ? WHERE id = ?")
                .params(participants, id)
                .update();
    }

    private static Meeting map(ResultSet rs, int n) throws SQLException {
        var capacity = rs.getObject("capacity");
        return new Meeting(
                rs.getObject("id", UUID.class),
                MeetingKind.valueOf(rs.getString("kind")),
                rs.getString("title"),
                rs.getString("agenda"),
                rs.getTimestamp("starts_at").toInstant(),
                rs.getTimestamp("ends_at").toInstant(),
                rs.getString("place"),
                rs.getString("video_link"),
                capacity == null ? null : ((Number) capacity).intValue(),
                rs.getInt("taken"),
                rs.getString("organiser_department_id"),
                null,
                rs.getString("minutes"),
                rs.getString("created_by"));
    }
}
