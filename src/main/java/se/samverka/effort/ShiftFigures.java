package se.samverka.effort;

import java.sql.Date;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Published queries for the situation report: the places on shifts (not cancelled, of efforts that are not drafts)
 * dated within a span of days, and who was confirmed on them, for counting people and hours.
 */
@Service
public class ShiftFigures {

    /** One shift's places: how many it takes at most and how many are confirmed. */
    public record ShiftPlaces(UUID shiftId, String districtId, LocalDate date, int maxVolunteers, int confirmed) {

        public int open() {
            return Math.max(0, maxVolunteers - confirmed);
        }
    }

    /** One volunteer confirmed on one shift, with the shift's day and times. */
    public record ShiftWork(
            UUID shiftId, UUID volunteerId, String districtId, LocalDate date, LocalTime from, LocalTime to) {}

    private static final String LIVE = " FROM effort_shift s JOIN effort e ON e.id = s.effort_id"
            + " WHERE s.status = 'OPEN' AND e.status <> 'DRAFT' AND s.shift_date BETWEEN ? AND ?";

    private final JdbcClient jdbc;

    ShiftFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The shifts dated from the first to the last day (both included). */
    @Transactional(readOnly = true)
    public List<ShiftPlaces> places(LocalDate first, LocalDate last) {
        return jdbc.sql("SELECT s.id, s.district_id, s.shift_date, s.max_volunteers, s.confirmed" + LIVE
                        + " ORDER BY s.shift_date, s.id")
                .params(Date.valueOf(first), Date.valueOf(last))
                .query((rs, i) -> new ShiftPlaces(
                        rs.getObject(1, UUID.class),
                        rs.getString(2),
                        rs.getDate(3).toLocalDate(),
                        rs.getInt(4),
                        rs.getInt(5)))
                .list();
    }

    /** Every confirmed sign-up on those shifts. */
    @Transactional(readOnly = true)
    public List<ShiftWork> confirmed(LocalDate first, LocalDate last) {
        return jdbc.sql("SELECT s.id, g.volunteer_id, s.district_id, s.shift_date, s.time_from, s.time_to"
                        + " FROM effort_signup g JOIN effort_shift s ON s.id = g.shift_id"
                        + " JOIN effort e ON e.id = s.effort_id WHERE g.status = 'CONFIRMED' AND s.status = 'OPEN'"
                        + " AND e.status <> 'DRAFT' AND s.shift_date BETWEEN ? AND ?")
                .params(Date.valueOf(first), Date.valueOf(last))
                .query((rs, i) -> new ShiftWork(
                        rs.getObject(1, UUID.class),
                        rs.getObject(2, UUID.class),
                        rs.getString(3),
                        rs.getDate(4).toLocalDate(),
                        rs.getTime(5).toLocalTime(),
                        rs.getTime(6).toLocalTime()))
                .list();
    }
}
