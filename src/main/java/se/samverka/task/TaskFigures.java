package se.samverka.task;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A published query for the situation report: who was given a task in a span of time. */
@Service
public class TaskFigures {

    private final JdbcClient jdbc;

    TaskFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Volunteers assigned a task (whatever became of it) from {@code from} (included) to {@code to} (excluded). */
    @Transactional(readOnly = true)
    public Set<UUID> volunteersAssigned(Instant from, Instant to) {
        return new HashSet<>(
                jdbc.sql("SELECT DISTINCT volunteer_id FROM assignment WHERE assigned_at >= ?" + " AND assigned_at < ?")
                        .params(Timestamp.from(from), Timestamp.from(to))
                        .query(UUID.class)
                        .list());
    }
}
