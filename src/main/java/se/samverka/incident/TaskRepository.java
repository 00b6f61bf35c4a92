package se.samverka.incident;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class TaskRepository {

    private static final String COLUMNS =
            "assignment_id, request_id, request_number, volunteer_id, assigned_at, done_at";

    private final JdbcClient jdbc;

    TaskRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Once per assignment; the caller has checked that the request and the volunteer exist. */
    void insertIfNew(UUID assignmentId, UUID requestId, long number, UUID volunteerId, Instant at) {
        jdbc.sql("INSERT INTO incident_task (" + COLUMNS + ") SELECT ?, ?, ?, ?, ?, NULL"
                        + " WHERE NOT EXISTS (SELECT 1 FROM incident_task WHERE assignment_id = ?)")
                .params(assignmentId, requestId, number, volunteerId, Timestamp.from(at), assignmentId)
                .update();
    }

    void done(UUID assignmentId, Instant at) {
        jdbc.sql("UPDATE incident_task SET done_at = ? WHERE assignment_id = ? AND done_at IS NULL")
                .params(Timestamp.from(at), assignmentId)
                .update();
    }

    Optional<Task> find(UUID assignmentId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM incident_task WHERE assignment_id = ?")
                .param(assignmentId)
                .query(TaskRepository::map)
                .optional();
    }

    List<Task> of(UUID volunteerId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM incident_task WHERE volunteer_id = ?"
                        + " ORDER BY assigned_at DESC LIMIT 50")
                .param(volunteerId)
                .query(TaskRepository::map)
                .list();
    }

    private static Task map(ResultSet rs, int row) throws SQLException {
        var done = rs.getTimestamp("done_at");
        return new Task(
                rs.getObject("assignment_id", UUID.class),
                rs.getObject("request_id", UUID.class),
                rs.getLong("request_number"),
                rs.getObject("volunteer_id", UUID.class),
                rs.getTimestamp("assigned_at").toInstant(),
                done == null ? null : done.toInstant());
    }
}
