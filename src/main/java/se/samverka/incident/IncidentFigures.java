package se.samverka.incident;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A published query for the situation report: incidents counted by kind and status, never their content. */
@Service
public class IncidentFigures {

    /** How many incidents of the kind, reported in the span, have the status now. */
    public record IncidentCount(IncidentKind kind, IncidentStatus status, int count) {}

    private final JdbcClient jdbc;

    IncidentFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Incidents reported from {@code from} (included) to {@code to} (excluded), per kind and current status. */
    @Transactional(readOnly = true)
    public List<IncidentCount> reported(Instant from, Instant to) {
        return jdbc.sql("SELECT kind, status, COUNT(*) FROM incident WHERE reported_at >= ? AND reported_at < ?"
                        + " GROUP BY kind, status ORDER BY kind, status")
                .params(Timestamp.from(from), Timestamp.from(to))
                .query((rs, i) -> new IncidentCount(
                        IncidentKind.valueOf(rs.getString(1)), IncidentStatus.valueOf(rs.getString(2)), rs.getInt(3)))
                .list();
    }
}
