package se.samverka.safetypoint;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Check-ins and check-outs at the safety points. */
@Repository
class CheckInRepository {

    private static final String COLUMNS = "id, safety_point_id, shift_id, volunteer_id, checked_in_at, checked_out_at";

    private final JdbcClient jdbc;

    CheckInRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Inserts the check-in; false when the volunteer is checked in for the shift already (the unique key, kept with
     * {@code ON CONFLICT DO NOTHING} so that the transaction stays usable on PostgreSQL).
     */
    boolean insert(CheckIn c) {
        return jdbc.sql("INSERT INTO safety_point_checkin (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, NULL)"
                                + " ON CONFLICT DO NOTHING")
                        .params(
                                c.id(),
                                c.safetyPointId(),
                                c.shiftId(),
                                c.volunteerId(),
                                Timestamp.from(c.checkedInAt()))
                        .update()
                == 1;
    }

    /** Closes the check-in if it is still open; false when it was closed already. */
    boolean checkOut(UUID id, Instant at) {
        return jdbc.sql("UPDATE safety_point_checkin SET checked_out_at = ? WHERE id = ? AND checked_out_at IS NULL")
                        .params(Timestamp.from(at), id)
                        .update()
                == 1;
    }

    Optional<CheckIn> of(UUID shiftId, UUID volunteerId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM safety_point_checkin WHERE shift_id = ? AND volunteer_id = ?")
                .params(shiftId, volunteerId)
                .query(CheckInRepository::row)
                .optional();
    }

    /** Every check-in at the point, earliest first. */
    List<CheckIn> at(UUID safetyPointId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM safety_point_checkin WHERE safety_point_id = ?"
                        + " ORDER BY checked_in_at, id")
                .param(safetyPointId)
                .query(CheckInRepository::row)
                .list();
    }

    /** A volunteer's check-ins anywhere, for their own data export. */
    List<Map<String, Object>> exportOf(UUID volunteerId) {
        return jdbc.sql("""
				SELECT p.name AS place, c.checked_in_at, c.checked_out_at
				FROM safety_point_checkin c JOIN safety_point p ON p.id = c.safety_point_id
				WHERE c.volunteer_id = ? ORDER BY c.checked_in_at""").param(volunteerId).query().listOfRows();
    }

    int deleteOf(UUID volunteerId) {
        return jdbc.sql("DELETE FROM safety_point_checkin WHERE volunteer_id = ?")
                .param(volunteerId)
                .update();
    }

    private static CheckIn row(ResultSet rs, int n) throws SQLException {
        var out = rs.getTimestamp("checked_out_at");
        return new CheckIn(
                rs.getObject("id", UUID.class),
                rs.getObject("safety_point_id", UUID.class),
                rs.getObject("shift_id", UUID.class),
                rs.getObject("volunteer_id", UUID.class),
                rs.getTimestamp("checked_in_at").toInstant(),
                out == null ? null : out.toInstant());
    }
}
