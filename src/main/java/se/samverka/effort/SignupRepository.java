package se.samverka.effort;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Volunteers on shifts, in SQL: only this module's tables. Whom a volunteer id names is the volunteer module's to
 * say ({@link Rosters}).
 */
@Repository
class SignupRepository {

    private static final String SIGNUP = """
			SELECT g.id, g.shift_id, g.volunteer_id, g.status, g.position, g.created_at FROM effort_signup g""";

    private final JdbcClient jdbc;

    SignupRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(UUID id, UUID shiftId, UUID volunteerId, SignupStatus status, Integer position, Instant now) {
        jdbc.sql("""
				INSERT INTO effort_signup (id, shift_id, volunteer_id, status, active_shift_id, position, created_at, changed_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        id,
                        shiftId,
                        volunteerId,
                        status.name(),
                        status.isLive() ? shiftId : null,
                        position,
                        Timestamp.from(now),
                        Timestamp.from(now))
                .update();
    }

    void status(UUID signupId, SignupStatus status, Integer position, Instant now) {
        jdbc.sql("""
				UPDATE effort_signup SET status = ?, position = ?, changed_at = ?,
				  active_shift_id = CASE WHEN ? THEN shift_id ELSE NULL END WHERE id = ?""")
                .params(status.name(), position, Timestamp.from(now), status.isLive(), signupId)
                .update();
    }

    Optional<SignupRow> find(UUID id) {
        return jdbc.sql(SIGNUP + " WHERE g.id = ?")
                .param(id)
                .query(SignupRepository::row)
                .optional();
    }

    Optional<SignupRow> live(UUID shiftId, UUID volunteerId) {
        return jdbc.sql(SIGNUP + " WHERE g.active_shift_id = ? AND g.volunteer_id = ?")
                .params(shiftId, volunteerId)
                .query(SignupRepository::row)
                .optional();
    }

    /** Everyone on the shift, confirmed first, then applications, then the waiting list in order. */
    List<SignupRow> on(UUID shiftId) {
        return jdbc.sql(SIGNUP + " " + """
				WHERE g.shift_id = ? ORDER BY CASE g.status WHEN 'CONFIRMED' THEN 0 WHEN 'APPLIED' THEN 1
				   WHEN 'WAITING' THEN 2 ELSE 3 END, g.position, g.created_at""")
                .param(shiftId)
                .query(SignupRepository::row)
                .list();
    }

    Optional<SignupRow> firstWaiting(UUID shiftId) {
        return jdbc.sql(SIGNUP + " WHERE g.shift_id = ? AND g.status = 'WAITING' ORDER BY g.position LIMIT 1")
                .param(shiftId)
                .query(SignupRepository::row)
                .optional();
    }

    /** Everyone waiting behind the position that left moves one place up. */
    void closeGap(UUID shiftId, int position) {
        jdbc.sql(
                        "UPDATE effort_signup SET position = position - 1 WHERE shift_id = ? AND status = 'WAITING' AND position > ?")
                .params(shiftId, position)
                .update();
    }

    int nextPosition(UUID shiftId) {
        return jdbc.sql(
                        "SELECT COALESCE(MAX(position), 0) + 1 FROM effort_signup WHERE shift_id = ? AND status = 'WAITING'")
                .param(shiftId)
                .query(Integer.class)
                .single();
    }

    /**
     * A volunteer's live sign-ups, and cancelled or rejected ones for shifts from {@code today} on (so the volunteer
     * sees why), soonest shift first.
     */
    List<SignupRow> of(UUID volunteerId, LocalDate today) {
        return jdbc.sql("""
				SELECT g.id, g.shift_id, g.volunteer_id, g.status, g.position, g.created_at
				FROM effort_signup g JOIN effort_shift s ON s.id = g.shift_id
				WHERE g.volunteer_id = ? AND (g.status IN ('CONFIRMED', 'WAITING', 'APPLIED')
				  OR (g.status IN ('CANCELLED', 'REJECTED') AND s.shift_date >= ?))
				ORDER BY s.shift_date, s.time_from""")
                .params(volunteerId, today)
                .query(SignupRepository::row)
                .list();
    }

    /** How many live sign-ups each volunteer has on the owner's efforts (organisation, or all departments if null). */
    Map<UUID, Integer> liveCountsFor(UUID organisationId) {
        var owner = organisationId == null ? "e.department_id IS NOT NULL" : "e.organisation_id = ?";
        var sql = jdbc.sql("""
				SELECT g.volunteer_id, COUNT(*) FROM effort_signup g
				JOIN effort_shift s ON s.id = g.shift_id JOIN effort e ON e.id = s.effort_id
				WHERE g.status IN ('CONFIRMED', 'WAITING', 'APPLIED') AND %s
				GROUP BY g.volunteer_id""".formatted(owner));
        if (organisationId != null) {
            sql = sql.param(organisationId);
        }
        var counts = new HashMap<UUID, Integer>();
        sql.query(rs -> {
            counts.put(rs.getObject(1, UUID.class), rs.getInt(2));
        });
        return counts;
    }

    /** Volunteers confirmed on the effort's shifts that have started: those who took part. */
    List<UUID> tookPart(UUID effortId, LocalDate today, LocalTime now) {
        return jdbc.sql("""
				SELECT DISTINCT g.volunteer_id FROM effort_signup g JOIN effort_shift s ON s.id = g.shift_id
				WHERE s.effort_id = ? AND g.status = 'CONFIRMED' AND s.status = 'OPEN'
				  AND (s.shift_date < ? OR (s.shift_date = ? AND s.time_from <= ?))""")
                .params(effortId, today, today, now)
                .query(UUID.class)
                .list();
    }

    private static SignupRow row(ResultSet rs, int i) throws SQLException {
        return new SignupRow(
                rs.getObject(1, UUID.class),
                rs.getObject(2, UUID.class),
                rs.getObject(3, UUID.class),
                SignupStatus.valueOf(rs.getString(4)),
                rs.getObject(5) == null ? null : rs.getInt(5),
                rs.getTimestamp(6).toInstant());
    }
}
