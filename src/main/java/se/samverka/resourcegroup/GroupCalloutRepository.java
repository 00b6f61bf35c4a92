package se.samverka.resourcegroup;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Group call-outs and their roll (one row per member who said yes). */
@Repository
class GroupCalloutRepository {

    private static final String CALLOUT = "SELECT id, group_id, what, place, district_id, need_date, time_from,"
            + " time_to, people_needed, crisis_title, created_by, created_at, closed_at FROM resource_group_callout";

    private static final String TURNOUT =
            "SELECT volunteer_id, accepted_at, on_way_at, checked_in_at, checked_out_at FROM resource_group_turnout";

    private final JdbcClient jdbc;

    GroupCalloutRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(GroupCallout c) {
        jdbc.sql("INSERT INTO resource_group_callout (id, group_id, what, place, district_id, need_date, time_from,"
                        + " time_to, people_needed, crisis_title, created_by, created_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        c.id(),
                        c.groupId(),
                        c.what(),
                        c.place(),
                        c.districtId(),
                        Date.valueOf(c.date()),
                        Time.valueOf(c.from()),
                        c.to() == null ? null : Time.valueOf(c.to()),
                        c.peopleNeeded(),
                        c.crisisTitle(),
                        c.createdBy(),
                        Timestamp.from(c.createdAt()))
                .update();
    }

    Optional<GroupCallout> find(UUID id) {
        return jdbc.sql(CALLOUT + " WHERE id = ?")
                .param(id)
                .query(GroupCalloutRepository::callout)
                .optional();
    }

    /** Locks the call-out row, so that two yeses cannot both take the last place. */
    Optional<GroupCallout> lock(UUID id) {
        return jdbc.sql(CALLOUT + " WHERE id = ? FOR UPDATE")
                .param(id)
                .query(GroupCalloutRepository::callout)
                .optional();
    }

    List<GroupCallout> ofGroup(UUID groupId, int limit) {
        return jdbc.sql(CALLOUT + " WHERE group_id = ? ORDER BY created_at DESC, id LIMIT ?")
                .params(groupId, limit)
                .query(GroupCalloutRepository::callout)
                .list();
    }

    void close(UUID id, Instant at) {
        jdbc.sql("UPDATE resource_group_callout SET closed_at = ? WHERE id = ? AND closed_at IS NULL")
                .params(Timestamp.from(at), id)
                .update();
    }

    /** Members who said yes to an open call-out and have not checked out: they are engaged already. */
    Set<UUID> engaged() {
        return Set.copyOf(jdbc.sql("SELECT t.volunteer_id FROM resource_group_turnout t JOIN resource_group_callout c"
                        + " ON c.id = t.group_callout_id WHERE c.closed_at IS NULL AND t.checked_out_at IS NULL")
                .query(UUID.class)
                .list());
    }

    int turnoutCount(UUID calloutId) {
        return jdbc.sql("SELECT COUNT(*) FROM resource_group_turnout WHERE group_callout_id = ?")
                .param(calloutId)
                .query(Integer.class)
                .single();
    }

    /** Adds the member to the roll; false when they are on it already. */
    boolean insertTurnout(UUID calloutId, UUID volunteerId, String tokenHash, Instant at) {
        return jdbc.sql("INSERT INTO resource_group_turnout (group_callout_id, volunteer_id, token_hash, accepted_at)"
                                + " SELECT ?, ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM resource_group_turnout"
                                + " WHERE group_callout_id = ? AND volunteer_id = ?)")
                        .params(calloutId, volunteerId, tokenHash, Timestamp.from(at), calloutId, volunteerId)
                        .update()
                > 0;
    }

    List<Turnout> turnouts(UUID calloutId) {
        return jdbc.sql(TURNOUT + " WHERE group_callout_id = ? ORDER BY accepted_at, volunteer_id")
                .param(calloutId)
                .query(GroupCalloutRepository::turnout)
                .list();
    }

    Optional<Turnout> turnout(UUID calloutId, UUID volunteerId) {
        return jdbc.sql(TURNOUT + " WHERE group_callout_id = ? AND volunteer_id = ?")
                .params(calloutId, volunteerId)
                .query(GroupCalloutRepository::turnout)
                .optional();
    }

    /** The call-out and member the token opens. */
    Optional<UUID[]> byToken(String tokenHash) {
        return jdbc.sql("SELECT group_callout_id, volunteer_id FROM resource_group_turnout WHERE token_hash = ?")
                .param(tokenHash)
                .query((rs, i) -> new UUID[] {
                    rs.getObject("group_callout_id", UUID.class), rs.getObject("volunteer_id", UUID.class)
                })
                .optional();
    }

    /** Sets the step's time once (a repeated press keeps the first time); check-in also marks the way as done. */
    void record(UUID calloutId, UUID volunteerId, Step step, Instant at) {
        var sql = switch (step) {
            case ON_WAY -> "UPDATE resource_group_turnout SET on_way_at = COALESCE(on_way_at, ?)";
            case CHECK_IN -> "UPDATE resource_group_turnout SET checked_in_at = COALESCE(checked_in_at, ?)";
            case CHECK_OUT -> "UPDATE resource_group_turnout SET checked_out_at = COALESCE(checked_out_at, ?)";
        };
        jdbc.sql(sql + " WHERE group_callout_id = ? AND volunteer_id = ?")
                .params(Timestamp.from(at), calloutId, volunteerId)
                .update();
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        var t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private static Turnout turnout(ResultSet rs, int i) throws SQLException {
        return new Turnout(
                rs.getObject("volunteer_id", UUID.class),
                instant(rs, "accepted_at"),
                instant(rs, "on_way_at"),
                instant(rs, "checked_in_at"),
                instant(rs, "checked_out_at"));
    }

    private static GroupCallout callout(ResultSet rs, int i) throws SQLException {
        var to = rs.getTime("time_to");
        return new GroupCallout(
                rs.getObject("id", UUID.class),
                rs.getObject("group_id", UUID.class),
                rs.getString("what"),
                rs.getString("place"),
                rs.getString("district_id"),
                rs.getDate("need_date").toLocalDate(),
                rs.getTime("time_from").toLocalTime(),
                to == null ? null : to.toLocalTime(),
                rs.getInt("people_needed"),
                rs.getString("crisis_title"),
                rs.getString("created_by"),
                instant(rs, "created_at"),
                instant(rs, "closed_at"));
    }
}
