package se.samverka.task;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.UUID;

/** A volunteer's task: ACTIVE until done, handed back or cancelled. */
record Assignment(
        UUID id,
        UUID requestId,
        UUID volunteerId,
        String status,
        String via,
        Instant assignedAt,
        Instant finishedAt,
        String note,
        Integer minutesSpent,
        String returnReason) {

    boolean isActive() {
        return "ACTIVE".equals(status);
    }

    static Assignment map(ResultSet rs, int i) throws SQLException {
        var finished = rs.getTimestamp("finished_at");
        var minutes = rs.getObject("minutes_spent");
        return new Assignment(
                rs.getObject("id", UUID.class),
                rs.getObject("request_id", UUID.class),
                rs.getObject("volunteer_id", UUID.class),
                rs.getString("status"),
                rs.getString("via"),
                rs.getTimestamp("assigned_at").toInstant(),
                finished == null ? null : finished.toInstant(),
                rs.getString("note"),
                minutes == null ? null : rs.getInt("minutes_spent"),
                rs.getString("return_reason"));
    }
}
