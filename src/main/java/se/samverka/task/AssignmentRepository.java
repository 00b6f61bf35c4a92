package se.samverka.task;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class AssignmentRepository {

    private static final String COLUMNS =
            "id, request_id, volunteer_id, status, via, assigned_at, finished_at, note, minutes_spent, return_reason";

    private final JdbcClient jdbc;

    AssignmentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The unique key on active_request_id refuses a second active assignee with a DuplicateKeyException. */
    void insertActive(UUID id, UUID requestId, UUID volunteerId, String via, Instant now) {
        jdbc.sql("""
				INSERT INTO assignment (id, request_id, volunteer_id, status, active_request_id, via, assigned_at)
				VALUES (?, ?, ?, 'ACTIVE', ?, ?, ?)""")
                .params(id, requestId, volunteerId, requestId, via, Timestamp.from(now))
                .update();
    }

    Optional<Assignment> find(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM assignment WHERE id = ?")
                .param(id)
                .query(Assignment::map)
                .optional();
    }

    Optional<Assignment> activeFor(UUID requestId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM assignment WHERE active_request_id = ?")
                .param(requestId)
                .query(Assignment::map)
                .optional();
    }

    List<Assignment> forVolunteer(UUID volunteerId, String status, int limit) {
        return jdbc.sql("SELECT " + COLUMNS
                        + " FROM assignment WHERE volunteer_id = ? AND status = ? ORDER BY assigned_at DESC LIMIT ?")
                .params(volunteerId, status, limit)
                .query(Assignment::map)
                .list();
    }

    /** Ends an active assignment; returns whether it was still active. */
    boolean finish(UUID id, String status, Instant now, String note, Integer minutes, String returnReason) {
        return jdbc.sql("""
				UPDATE assignment SET status = ?, active_request_id = NULL, finished_at = ?, note = ?, minutes_spent = ?,
				       return_reason = ?
				WHERE id = ? AND status = 'ACTIVE'""")
                        .params(status, Timestamp.from(now), note, minutes, returnReason, id)
                        .update()
                == 1;
    }

    java.util.List<UUID> requestIdsOf(UUID volunteerId) {
        return jdbc.sql("SELECT DISTINCT request_id FROM assignment WHERE volunteer_id = ?")
                .param(volunteerId)
                .query(UUID.class)
                .list();
    }
}
