package se.samverka.meeting;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The registrations to meetings. The unique key allows one registration per organisation and meeting; a cancelled
 * one is renewed in place.
 */
@Repository
class RegistrationRepository {

    private static final String COLUMNS = """
			r.id, r.meeting_id, r.organisation_id, r.participants, r.names, r.status, r.registered_at,
			r.attended FROM meeting_registration r""";

    private final JdbcClient jdbc;

    RegistrationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The first on a meeting's waiting list. */
    record Waiting(UUID id, UUID organisationId, int participants, String language) {}

    /** A registration whose meeting starts soon, with what the reminder says. */
    record Due(
            UUID registrationId,
            UUID meetingId,
            UUID organisationId,
            String title,
            Instant startsAt,
            String place,
            String language) {}

    Optional<Registration.Status> status(UUID meetingId, UUID organisationId) {
        return jdbc.sql("SELECT status FROM meeting_registration WHERE meeting_id = ? AND organisation_id = ?")
                .params(meetingId, organisationId)
                .query(String.class)
                .optional()
                .map(Registration.Status::valueOf);
    }

    int waiting(UUID meetingId) {
        return jdbc.sql("SELECT COUNT(*) FROM meeting_registration WHERE meeting_id = ? AND status = 'WAITING'")
                .param(meetingId)
                .query(Integer.class)
                .single();
    }

    void insert(NewRegistration r, Registration.Status status, String by, Instant at) {
        jdbc.sql("""
				INSERT INTO meeting_registration (id, meeting_id, organisation_id, participants, names, status,
				  language, registered_by, registered_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        UUID.randomUUID(),
                        r.meetingId(),
                        r.organisationId(),
                        r.participants(),
                        r.names(),
                        status.name(),
                        r.language(),
                        by,
                        Timestamp.from(at))
                .update();
    }

    /** A cancelled registration made anew: attendance and reminder start over. */
    void renew(NewRegistration r, Registration.Status status, String by, Instant at) {
        jdbc.sql("""
				UPDATE meeting_registration SET participants = ?, names = ?, status = ?, language = ?,
				  registered_by = ?, registered_at = ?, attended = NULL, reminded_at = NULL
				WHERE meeting_id = ? AND organisation_id = ?""")
                .params(
                        r.participants(),
                        r.names(),
                        status.name(),
                        r.language(),
                        by,
                        Timestamp.from(at),
                        r.meetingId(),
                        r.organisationId())
                .update();
    }

    void cancel(UUID registrationId) {
        jdbc.sql("UPDATE meeting_registration SET status = 'CANCELLED' WHERE id = ?")
                .param(registrationId)
                .update();
    }

    /** The registration moves from the waiting list to a seat. */
    void seat(UUID registrationId) {
        jdbc.sql("UPDATE meeting_registration SET status = 'REGISTERED' WHERE id = ?")
                .param(registrationId)
                .update();
    }

    Optional<Waiting> firstWaiting(UUID meetingId) {
        return jdbc.sql("""
				SELECT id, organisation_id, participants, language FROM meeting_registration
				WHERE meeting_id = ? AND status = 'WAITING' ORDER BY registered_at, id FETCH FIRST 1 ROWS ONLY""")
                .param(meetingId)
                .query((rs, n) -> new Waiting(
                        rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getInt(3), rs.getString(4)))
                .optional();
    }

    Optional<Registration> find(UUID meetingId, UUID organisationId) {
        return jdbc.sql("SELECT " + COLUMNS + " WHERE r.meeting_id = ? AND r.organisation_id = ?")
                .params(meetingId, organisationId)
                .query(RegistrationRepository::map)
                .optional();
    }

    /** The meeting's live registrations: seats first, then the waiting list in order. */
    List<Registration> live(UUID meetingId) {
        return jdbc.sql("SELECT " + COLUMNS + " " + """
				 WHERE r.meeting_id = ? AND r.status <> 'CANCELLED'
				 ORDER BY CASE WHEN r.status = 'REGISTERED' THEN 0 ELSE 1 END, r.registered_at, r.id""")
                .param(meetingId)
                .query(RegistrationRepository::map)
                .list();
    }

    void attended(UUID registrationId, boolean attended) {
        jdbc.sql("UPDATE meeting_registration SET attended = ? WHERE id = ?")
                .params(attended, registrationId)
                .update();
    }

    /** The language the organisation registered in, which it is written to in. */
    String language(UUID registrationId) {
        return jdbc.sql("SELECT language FROM meeting_registration WHERE id = ?")
                .param(registrationId)
                .query(String.class)
                .single();
    }

    /** Registrations with a seat, not yet reminded, whose meeting starts at {@code from} or later but before {@code to}. */
    List<Due> due(Instant from, Instant to) {
        return jdbc.sql("""
				SELECT r.id, r.meeting_id, r.organisation_id, m.title, m.starts_at, m.place, m.video_link, r.language
				FROM meeting_registration r JOIN meeting m ON m.id = r.meeting_id
				WHERE r.status = 'REGISTERED' AND r.reminded_at IS NULL AND m.starts_at >= ? AND m.starts_at < ?""")
                .params(Timestamp.from(from), Timestamp.from(to))
                .query((rs, n) -> new Due(
                        rs.getObject(1, UUID.class),
                        rs.getObject(2, UUID.class),
                        rs.getObject(3, UUID.class),
                        rs.getString(4),
                        rs.getTimestamp(5).toInstant(),
                        rs.getString(6) != null ? rs.getString(6) : rs.getString(7),
                        rs.getString(8)))
                .list();
    }

    /** True when this call marked it: of two instances reminding at once, only one tells the organisation. */
    boolean markReminded(UUID registrationId, Instant at) {
        return jdbc.sql("UPDATE meeting_registration SET reminded_at = ? WHERE id = ? AND reminded_at IS NULL")
                        .params(Timestamp.from(at), registrationId)
                        .update()
                == 1;
    }

    private static Registration map(ResultSet rs, int n) throws SQLException {
        var attended = rs.getObject("attended");
        return new Registration(
                rs.getObject(1, UUID.class),
                rs.getObject(2, UUID.class),
                rs.getObject(3, UUID.class),
                null,
                rs.getInt(4),
                rs.getString(5),
                Registration.Status.valueOf(rs.getString(6)),
                rs.getTimestamp(7).toInstant(),
                attended == null ? null : rs.getBoolean("attended"));
    }
}
