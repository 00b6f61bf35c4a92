package se.samverka.incident;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class IncidentRepository {

    private static final String COLUMNS = "id, kind, status, description, occurred_on, request_id, volunteer_id,"
            + " reporter_volunteer_id, reported_by, on_behalf_of_resident, feedback_id, outcome, reported_at,"
            + " closed_by, closed_at";

    private final JdbcClient jdbc;

    IncidentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Incident i) {
        jdbc.sql("INSERT INTO incident (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, NULL, NULL)")
                .params(
                        i.id(),
                        i.kind().name(),
                        i.status().name(),
                        i.description(),
                        Date.valueOf(i.occurredOn()),
                        i.requestId(),
                        i.volunteerId(),
                        i.reporterVolunteerId(),
                        i.reportedBy(),
                        i.onBehalfOfResident(),
                        i.feedbackId(),
                        Timestamp.from(i.reportedAt()))
                .update();
    }

    Optional<Incident> find(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM incident WHERE id = ?")
                .param(id)
                .query(this::map)
                .optional();
    }

    /** Locks the row for a change of status, so two coordinators cannot both close it. */
    Optional<Incident> lock(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM incident WHERE id = ? FOR UPDATE")
                .param(id)
                .query(this::map)
                .optional();
    }

    List<Incident> page(IncidentStatus status, IncidentKind kind, int offset, int limit) {
        var where = where(status, kind);
        return jdbc.sql("SELECT " + COLUMNS + " FROM incident" + where.sql + " ORDER BY reported_at DESC, id"
                        + " LIMIT " + limit + " OFFSET " + offset)
                .params(where.params)
                .query(this::map)
                .list();
    }

    int count(IncidentStatus status, IncidentKind kind) {
        var where = where(status, kind);
        return jdbc.sql("SELECT COUNT(*) FROM incident" + where.sql)
                .params(where.params)
                .query(Integer.class)
                .single();
    }

    List<Incident> reportedBy(UUID volunteerId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM incident WHERE reporter_volunteer_id = ?"
                        + " ORDER BY reported_at DESC LIMIT 200")
                .param(volunteerId)
                .query(this::map)
                .list();
    }

    void status(UUID id, IncidentStatus status) {
        jdbc.sql("UPDATE incident SET status = ? WHERE id = ?")
                .params(status.name(), id)
                .update();
    }

    void close(UUID id, String outcome, String by, Instant at) {
        jdbc.sql("UPDATE incident SET status = 'CLOSED', outcome = ?, closed_by = ?, closed_at = ? WHERE id = ?")
                .params(outcome, by, Timestamp.from(at), id)
                .update();
    }

    void insertLog(LogEntry e) {
        jdbc.sql("INSERT INTO incident_log (id, incident_id, written_by, written_at, text, new_status)"
                        + " VALUES (?, ?, ?, ?, ?, ?)")
                .params(
                        e.id(),
                        e.incidentId(),
                        e.writtenBy(),
                        Timestamp.from(e.writtenAt()),
                        e.text(),
                        e.newStatus() == null ? null : e.newStatus().name())
                .update();
    }

    List<LogEntry> log(UUID incidentId) {
        return jdbc.sql("SELECT id, incident_id, written_by, written_at, text, new_status FROM incident_log"
                        + " WHERE incident_id = ? ORDER BY written_at, id")
                .param(incidentId)
                .query((rs, n) -> new LogEntry(
                        rs.getObject("id", UUID.class),
                        rs.getObject("incident_id", UUID.class),
                        rs.getString("written_by"),
                        rs.getTimestamp("written_at").toInstant(),
                        rs.getString("text"),
                        rs.getString("new_status") == null ? null : IncidentStatus.valueOf(rs.getString("new_status"))))
                .list();
    }

    private record Where(String sql, List<Object> params) {}

    private static Where where(IncidentStatus status, IncidentKind kind) {
        var parts = new ArrayList<String>();
        var params = new ArrayList<Object>();
        if (status != null) {
            parts.add("status = ?");
            params.add(status.name());
        }
        if (kind != null) {
            parts.add("kind = ?");
            params.add(kind.name());
        }
        return new Where(parts.isEmpty() ? "" : " WHERE " + String.join(" AND ", parts), params);
    }

    private Incident map(ResultSet rs, int row) throws SQLException {
        var closedAt = rs.getTimestamp("closed_at");
        return new Incident(
                rs.getObject("id", UUID.class),
                IncidentKind.valueOf(rs.getString("kind")),
                IncidentStatus.valueOf(rs.getString("status")),
                rs.getString("description"),
                rs.getDate("occurred_on").toLocalDate(),
                rs.getObject("request_id", UUID.class),
                rs.getObject("volunteer_id", UUID.class),
                rs.getObject("reporter_volunteer_id", UUID.class),
                rs.getString("reported_by"),
                rs.getBoolean("on_behalf_of_resident"),
                rs.getObject("feedback_id", UUID.class),
                rs.getString("outcome"),
                rs.getTimestamp("reported_at").toInstant(),
                rs.getString("closed_by"),
                closedAt == null ? null : closedAt.toInstant());
    }
}
