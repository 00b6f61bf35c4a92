package se.samverka.effort;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL behind {@link UnvettedShifts}: shifts with their effort's title, on this module's tables only. */
@Repository
class UnvettedShiftRepository {

    private static final String SELECT = """
			SELECT s.id, s.effort_id, e.title AS effort_title, s.title, s.shift_date, s.time_from, s.time_to, s.place,
			  s.district_id, s.max_volunteers - s.confirmed AS places_left, COALESCE(s.safeguarding_level, 0) AS level,
			  s.status
			FROM effort_shift s JOIN effort e ON e.id = s.effort_id""";

    private final JdbcClient jdbc;

    UnvettedShiftRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Open shifts of published efforts, not ended, needing no level, not full, with a confirmed volunteer. */
    List<Row> eligible(LocalDate today, LocalTime now, int limit) {
        return jdbc.sql(SELECT + " " + """
				WHERE e.status = 'PUBLISHED' AND s.status = 'OPEN' AND COALESCE(s.safeguarding_level, 0) = 0
				  AND s.confirmed < s.max_volunteers
				  AND (s.shift_date > ? OR (s.shift_date = ? AND s.time_to > ?))
				  AND EXISTS (SELECT 1 FROM effort_signup g WHERE g.shift_id = s.id AND g.status = 'CONFIRMED')
				ORDER BY s.shift_date, s.time_from, s.id LIMIT ?""")
                .params(today, today, now, limit)
                .query(Row::map)
                .list();
    }

    Optional<Row> find(UUID shiftId) {
        return jdbc.sql(SELECT + " WHERE s.id = ?")
                .param(shiftId)
                .query(Row::map)
                .optional();
    }

    boolean effortPublished(UUID effortId) {
        return jdbc.sql("SELECT COUNT(*) FROM effort WHERE id = ? AND status = 'PUBLISHED'")
                        .param(effortId)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    record Row(
            UUID shiftId,
            UUID effortId,
            String effortTitle,
            String title,
            LocalDate date,
            LocalTime from,
            LocalTime to,
            String place,
            String districtId,
            int placesLeft,
            int level,
            boolean cancelled) {

        static Row map(ResultSet rs, int n) throws SQLException {
            return new Row(
                    rs.getObject("id", UUID.class),
                    rs.getObject("effort_id", UUID.class),
                    rs.getString("effort_title"),
                    rs.getString("title"),
                    rs.getObject("shift_date", LocalDate.class),
                    rs.getObject("time_from", LocalTime.class),
                    rs.getObject("time_to", LocalTime.class),
                    rs.getString("place"),
                    rs.getString("district_id"),
                    Math.max(0, rs.getInt("places_left")),
                    rs.getInt("level"),
                    "CANCELLED".equals(rs.getString("status")));
        }

        UnvettedShift with(List<VettedPerson> vetted) {
            return new UnvettedShift(
                    shiftId,
                    effortId,
                    effortTitle,
                    title,
                    date,
                    from,
                    to,
                    place,
                    districtId,
                    placesLeft,
                    level,
                    cancelled,
                    vetted);
        }
    }
}
