package se.samverka.effort;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.samverka.shared.HelpKind;

/** An effort's shifts and the kinds of help each asks for, in SQL. */
@Repository
class ShiftRepository {

    private static final String SHIFT = """
			SELECT s.id, s.effort_id, s.title, s.shift_date, s.time_from, s.time_to, s.place, s.district_id,
			  s.min_volunteers, s.max_volunteers, s.language, s.adult_only, s.signup_mode, s.status, s.confirmed,
			  s.safeguarding_level
			FROM effort_shift s""";

    private final JdbcClient jdbc;

    ShiftRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Shift s, Instant now) {
        jdbc.sql("""
				INSERT INTO effort_shift (id, effort_id, title, shift_date, time_from, time_to, place, district_id,
				  min_volunteers, max_volunteers, language, adult_only, signup_mode, status, confirmed, created_at,
				  safeguarding_level)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'OPEN', 0, ?, ?)""")
                .params(
                        s.id(),
                        s.effortId(),
                        s.title(),
                        s.date(),
                        s.from(),
                        s.to(),
                        s.place(),
                        s.districtId(),
                        s.minVolunteers(),
                        s.maxVolunteers(),
                        s.language(),
                        s.adultOnly(),
                        s.mode().name(),
                        Timestamp.from(now),
                        s.safeguardingLevel())
                .update();
        for (var k : s.kinds()) {
            jdbc.sql("INSERT INTO effort_shift_kind (shift_id, kind) VALUES (?, ?)")
                    .params(s.id(), k.name())
                    .update();
        }
    }

    Optional<Shift> find(UUID id) {
        return jdbc.sql(SHIFT + " WHERE s.id = ?")
                .param(id)
                .query(ShiftRepository::shift)
                .optional()
                .map(s -> withKinds(List.of(s)).get(0));
    }

    /** Locks the shift row: sign-ups, withdrawals and approvals on one shift happen one at a time. */
    Optional<Shift> lock(UUID id) {
        jdbc.sql("SELECT id FROM effort_shift WHERE id = ? FOR UPDATE")
                .param(id)
                .query(UUID.class)
                .optional();
        return find(id);
    }

    /** The open shifts of the day in the district, by time (the run sheet). */
    List<Shift> on(LocalDate date, String districtId) {
        return withKinds(jdbc.sql(SHIFT + " WHERE s.shift_date = ? AND s.district_id = ? AND s.status = 'OPEN'"
                        + " ORDER BY s.time_from, s.title")
                .params(date, districtId)
                .query(ShiftRepository::shift)
                .list());
    }

    /** Changes the shift's time, place and size; the check constraints guard size against the confirmed count. */
    void update(UUID id, LocalDate date, LocalTime from, LocalTime to, String place, int min, int max) {
        jdbc.sql("""
				UPDATE effort_shift SET shift_date = ?, time_from = ?, time_to = ?, place = ?, min_volunteers = ?,
				  max_volunteers = ? WHERE id = ?""").params(date, from, to, place, min, max, id).update();
    }

    List<Shift> of(UUID effortId) {
        return withKinds(jdbc.sql(SHIFT + " WHERE s.effort_id = ? ORDER BY s.shift_date, s.time_from, s.title")
                .param(effortId)
                .query(ShiftRepository::shift)
                .list());
    }

    void confirmed(UUID shiftId, int delta) {
        jdbc.sql("UPDATE effort_shift SET confirmed = confirmed + ? WHERE id = ?")
                .params(delta, shiftId)
                .update();
    }

    void cancel(UUID shiftId) {
        jdbc.sql("UPDATE effort_shift SET status = 'CANCELLED' WHERE id = ?")
                .param(shiftId)
                .update();
    }

    private static Shift shift(ResultSet rs, int i) throws SQLException {
        return new Shift(
                rs.getObject(1, UUID.class),
                rs.getObject(2, UUID.class),
                rs.getString(3),
                rs.getObject(4, LocalDate.class),
                rs.getObject(5, LocalTime.class),
                rs.getObject(6, LocalTime.class),
                rs.getString(7),
                rs.getString(8),
                rs.getInt(9),
                rs.getInt(10),
                rs.getString(11),
                rs.getBoolean(12),
                SignupMode.valueOf(rs.getString(13)),
                "CANCELLED".equals(rs.getString(14)),
                rs.getInt(15),
                List.of(),
                rs.getInt(16));
    }

    private List<Shift> withKinds(List<Shift> shifts) {
        return shifts.stream()
                .map(s -> s.withKinds(jdbc
                        .sql("SELECT kind FROM effort_shift_kind WHERE shift_id = ?")
                        .param(s.id())
                        .query(String.class)
                        .list()
                        .stream()
                        .map(HelpKind::valueOf)
                        .sorted()
                        .toList()))
                .toList();
    }
}
