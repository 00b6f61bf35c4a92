package se.samverka.effort;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.samverka.shared.HelpKind;

/** Efforts, shifts and sign-ups, in SQL. */
@Repository
class EffortRepository {

    private static final String EFFORT = """
			SELECT e.id, e.organisation_id, e.department_id, e.title, e.description, e.target_group, e.period_start,
			  e.period_end, e.contact_name, e.contact_email, e.contact_phone, e.status
			FROM effort e""";

    private static final String SHIFT = """
			SELECT s.id, s.effort_id, s.title, s.shift_date, s.time_from, s.time_to, s.place, s.district_id,
			  s.min_volunteers, s.max_volunteers, s.language, s.adult_only, s.signup_mode, s.status, s.confirmed,
			  s.safeguarding_level
			FROM effort_shift s""";

    private static final String SIGNUP = """
			SELECT g.id, g.shift_id, g.volunteer_id, v.name, v.email, v.phone, g.status, g.position, g.created_at
			FROM effort_signup g JOIN volunteer v ON v.id = g.volunteer_id""";

    private final JdbcClient jdbc;

    EffortRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // efforts

    void insert(Effort e, String createdBy, Instant now) {
        jdbc.sql("""
				INSERT INTO effort (id, organisation_id, department_id, title, description, target_group, period_start,
				  period_end, contact_name, contact_email, contact_phone, status, created_by, created_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        e.id(),
                        e.organisationId(),
                        e.departmentId(),
                        e.title(),
                        e.description(),
                        e.targetGroup(),
                        e.periodStart(),
                        e.periodEnd(),
                        e.contactName(),
                        e.contactEmail(),
                        e.contactPhone(),
                        e.status().name(),
                        createdBy,
                        Timestamp.from(now))
                .update();
        districts(e.id(), e.districtIds());
    }

    void update(Effort e) {
        jdbc.sql("""
				UPDATE effort SET department_id = ?, title = ?, description = ?, target_group = ?, period_start = ?,
				  period_end = ?, contact_name = ?, contact_email = ?, contact_phone = ? WHERE id = ?""")
                .params(
                        e.departmentId(),
                        e.title(),
                        e.description(),
                        e.targetGroup(),
                        e.periodStart(),
                        e.periodEnd(),
                        e.contactName(),
                        e.contactEmail(),
                        e.contactPhone(),
                        e.id())
                .update();
        jdbc.sql("DELETE FROM effort_district WHERE effort_id = ?")
                .param(e.id())
                .update();
        districts(e.id(), e.districtIds());
    }

    private void districts(UUID effortId, List<String> districtIds) {
        for (var d : districtIds) {
            jdbc.sql("INSERT INTO effort_district (effort_id, district_id) VALUES (?, ?)")
                    .params(effortId, d)
                    .update();
        }
    }

    void status(UUID effortId, EffortStatus status, Instant now) {
        jdbc.sql("UPDATE effort SET status = ?, closed_at = ? WHERE id = ?")
                .params(status.name(), status == EffortStatus.CLOSED ? Timestamp.from(now) : null, effortId)
                .update();
    }

    Optional<Effort> find(UUID id) {
        return jdbc.sql(EFFORT + " WHERE e.id = ?")
                .param(id)
                .query(EffortRepository::effort)
                .optional()
                .map(e -> withDistricts(List.of(e)).get(0));
    }

    /** An organisation's efforts, or (organisationId null) the departments' efforts; newest period first. */
    List<Effort> ownedBy(UUID organisationId) {
        if (organisationId == null) {
            return withDistricts(
                    jdbc.sql(EFFORT + " WHERE e.department_id IS NOT NULL ORDER BY e.period_start DESC, e.title")
                            .query(EffortRepository::effort)
                            .list());
        }
        return withDistricts(jdbc.sql(EFFORT + " WHERE e.organisation_id = ? ORDER BY e.period_start DESC, e.title")
                .param(organisationId)
                .query(EffortRepository::effort)
                .list());
    }

    /** The public listing: published efforts with an open shift not yet past that fits the filter. */
    List<Effort> listed(String districtId, HelpKind kind, LocalDate date, LocalDate today, int offset, int limit) {
        var where = listedWhere(districtId, kind, date);
        var params = listedParams(districtId, kind, date, today);
        params.add(limit);
        params.add(offset);
        return withDistricts(jdbc.sql(EFFORT + where + " ORDER BY e.period_start, e.title LIMIT ? OFFSET ?")
                .params(params)
                .query(EffortRepository::effort)
                .list());
    }

    int countListed(String districtId, HelpKind kind, LocalDate date, LocalDate today) {
        return jdbc.sql("SELECT COUNT(*) FROM effort e" + listedWhere(districtId, kind, date))
                .params(listedParams(districtId, kind, date, today))
                .query(Integer.class)
                .single();
    }

    /**
     * The listing a page at a time by key (period start, then id): the efforts after {@code afterStart}/{@code
     * afterId} (both null for the first page), optionally only those with an open shift in {@code language}.
     */
    List<Effort> listedAfter(
            String districtId,
            HelpKind kind,
            LocalDate date,
            String language,
            LocalDate today,
            LocalDate afterStart,
            UUID afterId,
            int limit) {
        var where = new StringBuilder(listedWhere(districtId, kind, date, language));
        var params = listedParams(districtId, kind, date, today);
        if (language != null) {
            params.add(language);
        }
        if (afterId != null) {
            where.append(" AND (e.period_start > ? OR (e.period_start = ? AND e.id > ?))");
            params.add(afterStart);
            params.add(afterStart);
            params.add(afterId);
        }
        params.add(limit);
        return withDistricts(jdbc.sql(EFFORT + where + " ORDER BY e.period_start, e.id LIMIT ?")
                .params(params)
                .query(EffortRepository::effort)
                .list());
    }

    private static String listedWhere(String districtId, HelpKind kind, LocalDate date) {
        return listedWhere(districtId, kind, date, null);
    }

    private static String listedWhere(String districtId, HelpKind kind, LocalDate date, String language) {
        var shift = new StringBuilder(" WHERE e.status = 'PUBLISHED' AND EXISTS (SELECT 1 FROM effort_shift s"
                + " WHERE s.effort_id = e.id AND s.status = 'OPEN' AND s.shift_date >= ?");
        if (districtId != null) {
            shift.append(" AND s.district_id = ?");
        }
        if (kind != null) {
            shift.append(" AND EXISTS (SELECT 1 FROM effort_shift_kind k WHERE k.shift_id = s.id AND k.kind = ?)");
        }
        if (date != null) {
            shift.append(" AND s.shift_date = ?");
        }
        if (language != null) {
            shift.append(" AND s.language = ?");
        }
        return shift.append(")").toString();
    }

    private static List<Object> listedParams(String districtId, HelpKind kind, LocalDate date, LocalDate today) {
        var params = new ArrayList<Object>();
        params.add(today);
        if (districtId != null) {
            params.add(districtId);
        }
        if (kind != null) {
            params.add(kind.name());
        }
        if (date != null) {
            params.add(date);
        }
        return params;
    }

    // shifts

    void insertShift(Shift s, Instant now) {
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

    Optional<Shift> shift(UUID id) {
        return jdbc.sql(SHIFT + " WHERE s.id = ?")
                .param(id)
                .query(EffortRepository::shift)
                .optional()
                .map(s -> withKinds(List.of(s)).get(0));
    }

    /** Locks the shift row: sign-ups, withdrawals and approvals on one shift happen one at a time. */
    Optional<Shift> lockShift(UUID id) {
        jdbc.sql("SELECT id FROM effort_shift WHERE id = ? FOR UPDATE")
                .param(id)
                .query(UUID.class)
                .optional();
        return shift(id);
    }

    /** The open shifts of the day in the district, by time (the run sheet). */
    List<Shift> shiftsOn(LocalDate date, String districtId) {
        return withKinds(jdbc.sql(SHIFT + " WHERE s.shift_date = ? AND s.district_id = ? AND s.status = 'OPEN'"
                        + " ORDER BY s.time_from, s.title")
                .params(date, districtId)
                .query(EffortRepository::shift)
                .list());
    }

    /** Changes the shift's time, place and size; the check constraints guard size against the confirmed count. */
    void updateShift(UUID id, LocalDate date, LocalTime from, LocalTime to, String place, int min, int max) {
        jdbc.sql("""
				UPDATE effort_shift SET shift_date = ?, time_from = ?, time_to = ?, place = ?, min_volunteers = ?,
				  max_volunteers = ? WHERE id = ?""").params(date, from, to, place, min, max, id).update();
    }

    List<Shift> shifts(UUID effortId) {
        return withKinds(jdbc.sql(SHIFT + " WHERE s.effort_id = ? ORDER BY s.shift_date, s.time_from, s.title")
                .param(effortId)
                .query(EffortRepository::shift)
                .list());
    }

    void confirmed(UUID shiftId, int delta) {
        jdbc.sql("UPDATE effort_shift SET confirmed = confirmed + ? WHERE id = ?")
                .params(delta, shiftId)
                .update();
    }

    void cancelShift(UUID shiftId) {
        jdbc.sql("UPDATE effort_shift SET status = 'CANCELLED' WHERE id = ?")
                .param(shiftId)
                .update();
    }

    // sign-ups

    void insertSignup(UUID id, UUID shiftId, UUID volunteerId, SignupStatus status, Integer position, Instant now) {
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

    void signupStatus(UUID signupId, SignupStatus status, Integer position, Instant now) {
        jdbc.sql("""
				UPDATE effort_signup SET status = ?, position = ?, changed_at = ?,
				  active_shift_id = CASE WHEN ? THEN shift_id ELSE NULL END WHERE id = ?""")
                .params(status.name(), position, Timestamp.from(now), status.isLive(), signupId)
                .update();
    }

    Optional<Signup> signup(UUID id) {
        return jdbc.sql(SIGNUP + " WHERE g.id = ?")
                .param(id)
                .query(EffortRepository::signup)
                .optional();
    }

    Optional<Signup> liveSignup(UUID shiftId, UUID volunteerId) {
        return jdbc.sql(SIGNUP + " WHERE g.active_shift_id = ? AND g.volunteer_id = ?")
                .params(shiftId, volunteerId)
                .query(EffortRepository::signup)
                .optional();
    }

    /** Everyone on the shift, confirmed first, then applications, then the waiting list in order. */
    List<Signup> signups(UUID shiftId) {
        return jdbc.sql(SIGNUP + " " + """
				WHERE g.shift_id = ? ORDER BY CASE g.status WHEN 'CONFIRMED' THEN 0 WHEN 'APPLIED' THEN 1
				   WHEN 'WAITING' THEN 2 ELSE 3 END, g.position, g.created_at""")
                .param(shiftId)
                .query(EffortRepository::signup)
                .list();
    }

    Optional<Signup> firstWaiting(UUID shiftId) {
        return jdbc.sql(SIGNUP + " WHERE g.shift_id = ? AND g.status = 'WAITING' ORDER BY g.position LIMIT 1")
                .param(shiftId)
                .query(EffortRepository::signup)
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

    /** A volunteer's live sign-ups with their shifts and efforts, soonest first. */
    /** Live sign-ups, and cancelled or rejected ones for shifts from {@code today} on (so the volunteer sees why). */
    List<UUID> signupIdsOf(UUID volunteerId, LocalDate today) {
        return jdbc.sql("""
				SELECT g.id FROM effort_signup g JOIN effort_shift s ON s.id = g.shift_id
				WHERE g.volunteer_id = ? AND (g.status IN ('CONFIRMED', 'WAITING', 'APPLIED')
				  OR (g.status IN ('CANCELLED', 'REJECTED') AND s.shift_date >= ?))
				ORDER BY s.shift_date, s.time_from""").params(volunteerId, today).query(UUID.class).list();
    }

    /** Volunteers with a live sign-up to the owner's efforts (organisation, or all departments when null). */
    List<Object[]> volunteersOf(UUID organisationId) {
        var owner = organisationId == null ? "e.department_id IS NOT NULL" : "e.organisation_id = ?";
        var sql = jdbc.sql("""
				SELECT v.name, v.email, v.phone, COUNT(*) FROM effort_signup g
				JOIN volunteer v ON v.id = g.volunteer_id JOIN effort_shift s ON s.id = g.shift_id
				JOIN effort e ON e.id = s.effort_id
				WHERE g.status IN ('CONFIRMED', 'WAITING', 'APPLIED') AND %s
				GROUP BY v.id, v.name, v.email, v.phone ORDER BY v.name""".formatted(owner));
        if (organisationId != null) {
            sql = sql.param(organisationId);
        }
        return sql.query((rs, i) -> new Object[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4)})
                .list();
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

    private static Effort effort(ResultSet rs, int i) throws SQLException {
        return new Effort(
                rs.getObject(1, UUID.class),
                rs.getObject(2, UUID.class),
                rs.getString(3),
                rs.getString(4),
                rs.getString(5),
                rs.getString(6),
                rs.getObject(7, LocalDate.class),
                rs.getObject(8, LocalDate.class),
                rs.getString(9),
                rs.getString(10),
                rs.getString(11),
                EffortStatus.valueOf(rs.getString(12)),
                List.of());
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

    private static Signup signup(ResultSet rs, int i) throws SQLException {
        var position = rs.getObject(8) == null ? null : rs.getInt(8);
        return new Signup(
                rs.getObject(1, UUID.class),
                rs.getObject(2, UUID.class),
                rs.getObject(3, UUID.class),
                rs.getString(4),
                rs.getString(5),
                rs.getString(6),
                SignupStatus.valueOf(rs.getString(7)),
                position,
                rs.getTimestamp(9).toInstant());
    }

    private List<Effort> withDistricts(List<Effort> efforts) {
        return efforts.stream()
                .map(e -> new Effort(
                        e.id(),
                        e.organisationId(),
                        e.departmentId(),
                        e.title(),
                        e.description(),
                        e.targetGroup(),
                        e.periodStart(),
                        e.periodEnd(),
                        e.contactName(),
                        e.contactEmail(),
                        e.contactPhone(),
                        e.status(),
                        jdbc.sql("SELECT district_id FROM effort_district WHERE effort_id = ? ORDER BY district_id")
                                .param(e.id())
                                .query(String.class)
                                .list()))
                .toList();
    }

    private List<Shift> withKinds(List<Shift> shifts) {
        return shifts.stream()
                .map(s -> new Shift(
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
                        s.mode(),
                        s.cancelled(),
                        s.confirmed(),
                        jdbc
                                .sql("SELECT kind FROM effort_shift_kind WHERE shift_id = ?")
                                .param(s.id())
                                .query(String.class)
                                .list()
                                .stream()
                                .map(HelpKind::valueOf)
                                .sorted()
                                .toList(),
                        s.safeguardingLevel()))
                .toList();
    }
}
