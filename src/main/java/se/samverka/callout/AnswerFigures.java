package se.samverka.callout;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A published query for the situation report: who said yes to a call-out in a span of time. */
@Service
public class AnswerFigures {

    private final JdbcClient jdbc;

    AnswerFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Volunteers whose yes got them a place, answered from {@code from} (included) to {@code to} (excluded). */
    @Transactional(readOnly = true)
    public Set<UUID> volunteersWhoSaidYes(Instant from, Instant to) {
        return new HashSet<>(jdbc.sql("SELECT DISTINCT volunteer_id FROM callout_ask WHERE status = 'ACCEPTED'"
                        + " AND answered_at >= ? AND answered_at < ?")
                .params(Timestamp.from(from), Timestamp.from(to))
                .query(UUID.class)
                .list());
    }
}
