package se.samverka.incident;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class FeedbackRepository {

    private static final String COLUMNS = "id, request_id, source, assignment_id, volunteer_id, rating, text,"
            + " resident_said_no, given_by, given_at, incident_id";

    private final JdbcClient jdbc;

    FeedbackRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Throws DuplicateKeyException for a second feedback on the same task or from the same SMS. */
    void insert(Feedback f, UUID smsId) {
        jdbc.sql("INSERT INTO task_feedback (" + COLUMNS + ", sms_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?)")
                .params(
                        f.id(),
                        f.requestId(),
                        f.source().name(),
                        f.assignmentId(),
                        f.volunteerId(),
                        f.rating(),
                        f.text(),
                        f.residentSaidNo(),
                        f.givenBy(),
                        Timestamp.from(f.givenAt()),
                        smsId)
                .update();
    }

    boolean hasSms(UUID smsId) {
        return jdbc.sql("SELECT COUNT(*) FROM task_feedback WHERE sms_id = ?")
                        .param(smsId)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    Optional<Feedback> find(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM task_feedback WHERE id = ?")
                .param(id)
                .query(FeedbackRepository::map)
                .optional();
    }

    Optional<Feedback> forAssignment(UUID assignmentId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM task_feedback WHERE assignment_id = ?")
                .param(assignmentId)
                .query(FeedbackRepository::map)
                .optional();
    }

    List<Feedback> forRequest(UUID requestId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM task_feedback WHERE request_id = ? ORDER BY given_at DESC")
                .param(requestId)
                .query(FeedbackRepository::map)
                .list();
    }

    /** Poor feedback no incident was opened from yet, newest first. */
    List<Feedback> poorWithoutIncident(int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM task_feedback WHERE incident_id IS NULL"
                        + " AND (resident_said_no OR rating <= 2) ORDER BY given_at DESC LIMIT " + limit)
                .query(FeedbackRepository::map)
                .list();
    }

    void linkIncident(UUID feedbackId, UUID incidentId) {
        jdbc.sql("UPDATE task_feedback SET incident_id = ? WHERE id = ? AND incident_id IS NULL")
                .params(incidentId, feedbackId)
                .update();
    }

    private static Feedback map(ResultSet rs, int row) throws SQLException {
        Integer rating = rs.getInt("rating");
        if (rs.wasNull()) {
            rating = null;
        }
        return new Feedback(
                rs.getObject("id", UUID.class),
                rs.getObject("request_id", UUID.class),
                FeedbackSource.valueOf(rs.getString("source")),
                rs.getObject("assignment_id", UUID.class),
                rs.getObject("volunteer_id", UUID.class),
                rating,
                rs.getString("text"),
                rs.getBoolean("resident_said_no"),
                rs.getString("given_by"),
                rs.getTimestamp("given_at").toInstant(),
                rs.getObject("incident_id", UUID.class));
    }
}
