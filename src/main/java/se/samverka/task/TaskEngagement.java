package se.samverka.task;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import se.samverka.callout.EngagedVolunteers;

/** Volunteers who got a task in the span (asked or given by hand): engaged, so a crisis' end thanks them. */
@Component
class TaskEngagement implements EngagedVolunteers {

    private final JdbcClient jdbc;

    TaskEngagement(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Set<UUID> engagedBetween(Instant from, Instant to) {
        return new HashSet<>(jdbc.sql("SELECT DISTINCT volunteer_id FROM assignment WHERE assigned_at BETWEEN ? AND ?")
                .params(Timestamp.from(from), Timestamp.from(to))
                .query(UUID.class)
                .list());
    }
}
