package se.samverka.crisis;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.samverka.effort.ShiftGuests.ShiftGuest;

/** Spontaneous volunteers' shifts and partners (spontaneous_shift), and their completed checks. */
@Repository
class SpontaneousShiftRepository {

    /** A spontaneous volunteer on a shift; {@code partnerVolunteerId} is null only for someone checked. */
    record Pairing(UUID id, UUID spontaneousId, UUID shiftId, UUID partnerVolunteerId) {}

    /** The person, locked for the pairing's transaction. */
    record Person(UUID id, String name, String phone, String locale, Instant checksCompletedAt) {

        boolean checked() {
            return checksCompletedAt != null;
        }
    }

    /** Who recorded the person's completed checks, and when. */
    record Checks(Instant at, String by) {}

    private final JdbcClient jdbc;

    SpontaneousShiftRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Locks the person's row: one change of their shifts or checks at a time. */
    Optional<Person> lockPerson(UUID id) {
        return jdbc.sql("SELECT id, name, phone, locale, checks_completed_at FROM spontaneous_volunteer WHERE id = ?"
                        + " FOR UPDATE")
                .param(id)
                .query((rs, n) -> new Person(
                        rs.getObject("id", UUID.class),
                        rs.getString("name"),
                        rs.getString("phone"),
                        rs.getString("locale"),
                        rs.getTimestamp("checks_completed_at") == null
                                ? null
                                : rs.getTimestamp("checks_completed_at").toInstant()))
                .optional();
    }

    Optional<Pairing> find(UUID spontaneousId, UUID shiftId) {
        return jdbc.sql("SELECT id, spontaneous_id, shift_id, partner_volunteer_id FROM spontaneous_shift"
                        + " WHERE spontaneous_id = ? AND shift_id = ?")
                .params(spontaneousId, shiftId)
                .query(SpontaneousShiftRepository::pairing)
                .optional();
    }

    List<Pairing> of(List<UUID> spontaneousIds) {
        if (spontaneousIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT id, spontaneous_id, shift_id, partner_volunteer_id FROM spontaneous_shift"
                        + " WHERE spontaneous_id IN (:ids) ORDER BY paired_at, id")
                .param("ids", spontaneousIds)
                .query(SpontaneousShiftRepository::pairing)
                .list();
    }

    void insert(Pairing p, boolean checked, String by, Instant at) {
        jdbc.sql("INSERT INTO spontaneous_shift (id, spontaneous_id, shift_id, partner_volunteer_id, checked,"
                        + " paired_by, paired_at) VALUES (?, ?, ?, ?, ?, ?, ?)")
                .params(p.id(), p.spontaneousId(), p.shiftId(), p.partnerVolunteerId(), checked, by, Timestamp.from(at))
                .update();
    }

    void partner(UUID pairingId, UUID partnerVolunteerId, boolean checked, String by, Instant at) {
        jdbc.sql("UPDATE spontaneous_shift SET partner_volunteer_id = ?, checked = ?, paired_by = ?, paired_at = ?"
                        + " WHERE id = ?")
                .params(partnerVolunteerId, checked, by, Timestamp.from(at), pairingId)
                .update();
    }

    int remove(UUID spontaneousId, UUID shiftId) {
        return jdbc.sql("DELETE FROM spontaneous_shift WHERE spontaneous_id = ? AND shift_id = ?")
                .params(spontaneousId, shiftId)
                .update();
    }

    /** Records the completed checks once; false when they were recorded before. */
    boolean completeChecks(UUID id, String by, Instant at) {
        return jdbc.sql("UPDATE spontaneous_volunteer SET checks_completed_at = ?, checks_completed_by = ?"
                                + " WHERE id = ? AND checks_completed_at IS NULL")
                        .params(Timestamp.from(at), by, id)
                        .update()
                == 1;
    }

    Optional<Checks> checks(UUID id) {
        return jdbc.sql("SELECT checks_completed_at, checks_completed_by FROM spontaneous_volunteer WHERE id = ?"
                        + " AND checks_completed_at IS NOT NULL")
                .param(id)
                .query((rs, n) -> new Checks(
                        rs.getTimestamp("checks_completed_at").toInstant(), rs.getString("checks_completed_by")))
                .optional();
    }

    List<ShiftGuest> guestsOn(UUID shiftId) {
        return jdbc.sql("SELECT v.name, v.phone, v.checks_completed_at, p.partner_volunteer_id FROM spontaneous_shift p"
                        + " JOIN spontaneous_volunteer v ON v.id = p.spontaneous_id WHERE p.shift_id = ?"
                        + " ORDER BY v.name, v.id")
                .param(shiftId)
                .query((rs, n) -> new ShiftGuest(
                        rs.getString("name"),
                        rs.getString("phone"),
                        rs.getTimestamp("checks_completed_at") != null,
                        rs.getObject("partner_volunteer_id", UUID.class)))
                .list();
    }

    private static Pairing pairing(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Pairing(
                rs.getObject("id", UUID.class),
                rs.getObject("spontaneous_id", UUID.class),
                rs.getObject("shift_id", UUID.class),
                rs.getObject("partner_volunteer_id", UUID.class));
    }
}
