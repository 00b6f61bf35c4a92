package se.samverka.crisis;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The crisis table and its districts. */
@Repository
class CrisisRepository {

    private static final String COLUMNS = "id, name, kind, public_message, phone, started_at, expected_hours,"
            + " contact_budget_raise, started_by, ended_at, ended_by";

    private final JdbcClient jdbc;

    CrisisRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts a running crisis; the unique index refuses a second one (DuplicateKeyException). */
    void insert(Crisis crisis) {
        jdbc.sql("INSERT INTO crisis (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, NULL)")
                .params(
                        crisis.id(),
                        crisis.name(),
                        crisis.kind().name(),
                        crisis.publicMessage(),
                        crisis.phone(),
                        Timestamp.from(crisis.startedAt()),
                        crisis.expectedHours(),
                        crisis.contactBudgetRaise(),
                        crisis.startedBy())
                .update();
        for (var district : crisis.districtIds()) {
            jdbc.sql("INSERT INTO crisis_district (crisis_id, district_id) VALUES (?, ?)")
                    .params(crisis.id(), district)
                    .update();
        }
    }

    Optional<Crisis> running() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM crisis WHERE ended_at IS NULL")
                .query(this::map)
                .optional();
    }

    Optional<Crisis> find(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM crisis WHERE id = ?")
                .param(id)
                .query(this::map)
                .optional();
    }

    /** The latest crises, newest first. */
    List<Crisis> latest(int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM crisis ORDER BY started_at DESC LIMIT ?")
                .param(limit)
                .query(this::map)
                .list();
    }

    /** Ends the crisis if it still runs; false when someone else ended it first. */
    boolean end(UUID id, String by, Instant at) {
        return jdbc.sql("UPDATE crisis SET ended_at = ?, ended_by = ? WHERE id = ? AND ended_at IS NULL")
                        .params(Timestamp.from(at), by, id)
                        .update()
                == 1;
    }

    private Crisis map(ResultSet rs, int row) throws SQLException {
        var id = rs.getObject("id", UUID.class);
        var ended = rs.getTimestamp("ended_at");
        return new Crisis(
                id,
                rs.getString("name"),
                CrisisKind.valueOf(rs.getString("kind")),
                districts(id),
                rs.getString("public_message"),
                rs.getString("phone"),
                rs.getTimestamp("started_at").toInstant(),
                rs.getInt("expected_hours"),
                rs.getInt("contact_budget_raise"),
                rs.getString("started_by"),
                ended == null ? null : ended.toInstant(),
                rs.getString("ended_by"));
    }

    private List<String> districts(UUID crisisId) {
        return jdbc.sql("SELECT district_id FROM crisis_district WHERE crisis_id = ? ORDER BY district_id")
                .param(crisisId)
                .query(String.class)
                .list();
    }

    /** Thanks a phone number for the crisis once: false when it was thanked before. */
    boolean recordThanks(UUID crisisId, String phone, Instant at) {
        return jdbc.sql(
                                "INSERT INTO crisis_thanks (crisis_id, phone, thanked_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")
                        .params(crisisId, phone, Timestamp.from(at))
                        .update()
                == 1;
    }

    int thanksCount(UUID crisisId) {
        return jdbc.sql("SELECT COUNT(*) FROM crisis_thanks WHERE crisis_id = ?")
                .param(crisisId)
                .query(Integer.class)
                .single();
    }
}
