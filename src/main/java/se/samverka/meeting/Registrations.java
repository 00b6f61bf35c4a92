package se.samverka.meeting;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.samverka.organisation.Organisations;

/**
 * Registrations with a waiting list. Every change locks the meeting's row first, so registrations to one meeting
 * take turns; the seat counter only grows through an UPDATE guarded by the capacity, and the database's check
 * refuses a counter above it; the unique key allows one registration per organisation and meeting.
 */
@Service
class Registrations {

    private static final String COLUMNS = """
			r.id, r.meeting_id, r.organisation_id, r.participants, r.names, r.status, r.registered_at,
			r.attended FROM meeting_registration r""";

    private final JdbcClient jdbc;
    private final Organisations organisations;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Registrations(JdbcClient jdbc, Organisations organisations, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.organisations = organisations;
        this.events = events;
        this.clock = clock;
    }

    /** What became of a registration. */
    enum Outcome {
        REGISTERED,
        WAITING,
        ALREADY_REGISTERED,
        STARTED
    }

    /**
     * Registers the organisation: a seat when the participants fit and nobody waits before it, else the waiting
     * list.
     */
    @Transactional
    Outcome register(UUID meetingId, UUID organisationId, int participants, String names, String language, String by) {
        return register(meetingId, organisationId, participants, names, language, by, false);
    }

    /** As above; {@code recordingThePast} lets the demo data record registrations to a meeting already held. */
    @Transactional
    Outcome register(
            UUID meetingId,
            UUID organisationId,
            int participants,
            String names,
            String language,
            String by,
            boolean recordingThePast) {
        jdbc.sql("SELECT id FROM meeting WHERE id = ? FOR UPDATE")
                .param(meetingId)
                .query(UUID.class)
                .single();
        var startsAt = jdbc.sql("SELECT starts_at FROM meeting WHERE id = ?")
                .param(meetingId)
                .query(Timestamp.class)
                .single()
                .toInstant();
        if (!recordingThePast && !startsAt.isAfter(clock.instant())) {
            return Outcome.STARTED;
        }
        var existing = jdbc.sql("SELECT status FROM meeting_registration WHERE meeting_id = ? AND organisation_id = ?")
                .params(meetingId, organisationId)
                .query(String.class)
                .optional();
        if (existing.isPresent() && !Registration.Status.CANCELLED.name().equals(existing.get())) {
            return Outcome.ALREADY_REGISTERED;
        }
        var waiting = jdbc.sql("SELECT COUNT(*) FROM meeting_registration WHERE meeting_id = ? AND status = 'WAITING'")
                .param(meetingId)
                .query(Integer.class)
                .single();
        var seated = waiting == 0 && takeSeats(meetingId, participants);
        var status = seated ? Registration.Status.REGISTERED : Registration.Status.WAITING;
        var now = Timestamp.from(clock.instant());
        if (existing.isPresent()) {
            jdbc.sql("""
					UPDATE meeting_registration SET participants = ?, names = ?, status = ?, language = ?,
					  registered_by = ?, registered_at = ?, attended = NULL, reminded_at = NULL
					WHERE meeting_id = ? AND organisation_id = ?""")
                    .params(participants, names.strip(), status.name(), language, by, now, meetingId, organisationId)
                    .update();
        } else {
            jdbc.sql("""
					INSERT INTO meeting_registration (id, meeting_id, organisation_id, participants, names, status,
					  language, registered_by, registered_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(
                            UUID.randomUUID(),
                            meetingId,
                            organisationId,
                            participants,
                            names.strip(),
                            status.name(),
                            language,
                            by,
                            now)
                    .update();
        }
        return seated ? Outcome.REGISTERED : Outcome.WAITING;
    }

    /** Takes the seats if they fit; the WHERE clause is the guard, the row count the answer. */
    private boolean takeSeats(UUID meetingId, int participants) {
        return jdbc.sql("""
				UPDATE meeting SET taken = taken + ? WHERE id = ? AND (capacity IS NULL OR taken + ? <= capacity)""").params(participants, meetingId, participants).update() == 1;
    }

    /** Cancels the organisation's registration; a freed seat goes to the waiting list in order. */
    @Transactional
    boolean cancel(UUID meetingId, UUID organisationId) {
        jdbc.sql("SELECT id FROM meeting WHERE id = ? FOR UPDATE")
                .param(meetingId)
                .query(UUID.class)
                .single();
        var current = find(meetingId, organisationId).filter(Registration::active);
        if (current.isEmpty()) {
            return false;
        }
        jdbc.sql("UPDATE meeting_registration SET status = 'CANCELLED' WHERE id = ?")
                .param(current.get().id())
                .update();
        if (current.get().status() == Registration.Status.REGISTERED) {
            jdbc.sql("UPDATE meeting SET taken = taken - ? WHERE id = ?")
                    .params(current.get().participants(), meetingId)
                    .update();
        }
        promote(meetingId);
        return true;
    }

    /**
     * Staff cancel the organisation's registration (a seat or a place on the waiting list): the seat goes to the
     * waiting list in order, and the organisation is told in the language it registered in. False when there was no
     * live registration.
     */
    @Transactional
    boolean cancelByStaff(UUID meetingId, UUID organisationId) {
        var registration = find(meetingId, organisationId).filter(Registration::active);
        if (registration.isEmpty() || !cancel(meetingId, organisationId)) {
            return false;
        }
        var meeting = jdbc.sql("SELECT title, starts_at FROM meeting WHERE id = ?")
                .param(meetingId)
                .query((rs, n) ->
                        new Object[] {rs.getString(1), rs.getTimestamp(2).toInstant()})
                .single();
        var language = jdbc.sql("SELECT language FROM meeting_registration WHERE id = ?")
                .param(registration.get().id())
                .query(String.class)
                .single();
        organisations
                .find(organisationId)
                .ifPresent(o -> events.publishEvent(new MeetingRegistrationCancelled(
                        registration.get().id(),
                        meetingId,
                        o.id(),
                        o.name(),
                        o.email(),
                        (String) meeting[0],
                        (java.time.Instant) meeting[1],
                        language,
                        registration.get().registeredAt())));
        return true;
    }

    /**
     * Moves the waiting list up while the first in line fits, strictly in order, and tells each who moved up.
     * Call with the meeting's row locked.
     */
    void promote(UUID meetingId) {
        var meeting = jdbc.sql("SELECT title, starts_at FROM meeting WHERE id = ?")
                .param(meetingId)
                .query((rs, n) ->
                        new Object[] {rs.getString(1), rs.getTimestamp(2).toInstant()})
                .single();
        while (true) {
            var first = jdbc.sql("""
					SELECT id, organisation_id, participants, language FROM meeting_registration
					WHERE meeting_id = ? AND status = 'WAITING' ORDER BY registered_at, id FETCH FIRST 1 ROWS ONLY""")
                    .param(meetingId)
                    .query((rs, n) -> new Object[] {
                        rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getInt(3), rs.getString(4)
                    })
                    .optional();
            if (first.isEmpty() || !takeSeats(meetingId, (Integer) first.get()[2])) {
                return;
            }
            var registrationId = (UUID) first.get()[0];
            jdbc.sql("UPDATE meeting_registration SET status = 'REGISTERED' WHERE id = ?")
                    .param(registrationId)
                    .update();
            var organisation = organisations.find((UUID) first.get()[1]).orElseThrow();
            events.publishEvent(new MeetingSeatGiven(
                    registrationId,
                    meetingId,
                    organisation.id(),
                    organisation.name(),
                    organisation.email(),
                    (String) meeting[0],
                    (java.time.Instant) meeting[1],
                    (String) first.get()[3]));
        }
    }

    @Transactional(readOnly = true)
    Optional<Registration> find(UUID meetingId, UUID organisationId) {
        return jdbc.sql("SELECT " + COLUMNS + " WHERE r.meeting_id = ? AND r.organisation_id = ?")
                .params(meetingId, organisationId)
                .query(Registrations::map)
                .optional()
                .map(r -> named(List.of(r)).get(0));
    }

    /** The meeting's live registrations: seats first, then the waiting list in order. */
    @Transactional(readOnly = true)
    List<Registration> of(UUID meetingId) {
        return named(jdbc.sql("SELECT " + COLUMNS + " " + """
				 WHERE r.meeting_id = ? AND r.status <> 'CANCELLED'
				 ORDER BY CASE WHEN r.status = 'REGISTERED' THEN 0 ELSE 1 END, r.registered_at, r.id""")
                .param(meetingId)
                .query(Registrations::map)
                .list());
    }

    /** Ticks who attended: the registrations with a seat, attended when their id is given. */
    @Transactional
    void recordAttendance(UUID meetingId, Collection<UUID> attended) {
        for (var r : of(meetingId)) {
            if (r.status() == Registration.Status.REGISTERED) {
                jdbc.sql("UPDATE meeting_registration SET attended = ? WHERE id = ?")
                        .params(attended.contains(r.id()), r.id())
                        .update();
            }
        }
    }

    /** Reminds every registered organisation whose meeting starts tomorrow (Stockholm), each once. */
    @Transactional
    int remindTomorrow() {
        var tomorrow =
                java.time.LocalDate.now(clock.withZone(Meeting.STOCKHOLM)).plusDays(1);
        var from = Timestamp.from(tomorrow.atStartOfDay(Meeting.STOCKHOLM).toInstant());
        var to = Timestamp.from(
                tomorrow.plusDays(1).atStartOfDay(Meeting.STOCKHOLM).toInstant());
        var due = jdbc.sql("""
				SELECT r.id, r.meeting_id, r.organisation_id, m.title, m.starts_at, m.place, m.video_link, r.language
				FROM meeting_registration r JOIN meeting m ON m.id = r.meeting_id
				WHERE r.status = 'REGISTERED' AND r.reminded_at IS NULL AND m.starts_at >= ? AND m.starts_at < ?""")
                .params(from, to)
                .query((rs, n) -> new Object[] {
                    rs.getObject(1, UUID.class),
                    rs.getObject(2, UUID.class),
                    rs.getObject(3, UUID.class),
                    rs.getString(4),
                    rs.getTimestamp(5).toInstant(),
                    rs.getString(6) != null ? rs.getString(6) : rs.getString(7),
                    rs.getString(8)
                })
                .list();
        var count = 0;
        for (var d : due) {
            if (jdbc.sql("UPDATE meeting_registration SET reminded_at = ? WHERE id = ? AND reminded_at IS NULL")
                            .params(Timestamp.from(clock.instant()), d[0])
                            .update()
                    == 1) {
                var organisation = organisations.find((UUID) d[2]).orElseThrow();
                events.publishEvent(new MeetingReminderDue(
                        (UUID) d[0],
                        (UUID) d[1],
                        organisation.id(),
                        organisation.name(),
                        organisation.email(),
                        (String) d[3],
                        (java.time.Instant) d[4],
                        (String) d[5],
                        (String) d[6]));
                count++;
            }
        }
        return count;
    }

    /** The registrations with their organisation's name, which the organisation module keeps. */
    private List<Registration> named(List<Registration> registrations) {
        var names = organisations.namesOf(
                registrations.stream().map(Registration::organisationId).toList());
        return registrations.stream()
                .filter(r -> names.containsKey(r.organisationId()))
                .map(r -> new Registration(
                        r.id(),
                        r.meetingId(),
                        r.organisationId(),
                        names.get(r.organisationId()),
                        r.participants(),
                        r.names(),
                        r.status(),
                        r.registeredAt(),
                        r.attended()))
                .toList();
    }

    static Registration map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
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
