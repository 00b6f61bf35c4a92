package se.samverka.safeguarding;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Suspensions; the unique key on active_volunteer_id allows one active suspension per volunteer. */
@Repository
class SuspensionRepository {

    private static final String COLUMNS = "id, volunteer_id, reason, suspended_by, suspended_at, lifted_by, lifted_at";

    private final JdbcClient jdbc;

    SuspensionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Throws DuplicateKeyException when the volunteer is already suspended. */
    void insert(Suspension suspension) {
        jdbc.sql("INSERT INTO volunteer_suspension (" + COLUMNS + ", active_volunteer_id)"
                        + " VALUES (?, ?, ?, ?, ?, NULL, NULL, ?)")
                .params(
                        suspension.id(),
                        suspension.volunteerId(),
                        suspension.reason(),
                        suspension.suspendedBy(),
                        Timestamp.from(suspension.suspendedAt()),
                        suspension.volunteerId())
                .update();
    }

    boolean lift(UUID volunteerId, String by, Instant at) {
        return jdbc.sql("UPDATE volunteer_suspension SET lifted_by = ?, lifted_at = ?, active_volunteer_id = NULL"
                                + " WHERE active_volunteer_id = ?")
                        .params(by, Timestamp.from(at), volunteerId)
                        .update()
                == 1;
    }

    Optional<Suspension> active(UUID volunteerId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM volunteer_suspension WHERE active_volunteer_id = ?")
                .param(volunteerId)
                .query(SuspensionRepository::map)
                .optional();
    }

    List<Suspension> history(UUID volunteerId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM volunteer_suspension WHERE volunteer_id = ?"
                        + " ORDER BY suspended_at DESC")
                .param(volunteerId)
                .query(SuspensionRepository::map)
                .list();
    }

    Set<UUID> everyoneSuspended() {
        return new HashSet<>(
                jdbc.sql("SELECT active_volunteer_id FROM volunteer_suspension WHERE active_volunteer_id IS NOT NULL")
                        .query(UUID.class)
                        .list());
    }

    Set<UUID> suspendedAmong(Collection<UUID> volunteerIds) {
        if (volunteerIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.sql(
                        "SELECT active_volunteer_id FROM volunteer_suspension" + " WHERE active_volunteer_id IN (:ids)")
                .param("ids", volunteerIds)
                .query(UUID.class)
                .list());
    }

    private static Suspension map(ResultSet rs, int row) throws SQLException {
        var lifted = rs.getTimestamp("lifted_at");
        return new Suspension(
                rs.getObject("id", UUID.class),
                rs.getObject("volunteer_id", UUID.class),
                rs.getString("reason"),
                rs.getString("suspended_by"),
                rs.getTimestamp("suspended_at").toInstant(),
                rs.getString("lifted_by"),
                lifted == null ? null : lifted.toInstant());
    }
}
