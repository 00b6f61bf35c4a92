package se.samverka.task;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.samverka.callout.CalloutQueries;

/** The raw facts behind the coordinators' measures: asks, fills and who is busy. Ids and times only. */
@Repository
class MeasuresQuery {

    private final JdbcClient jdbc;
    private final CalloutQueries calloutQueries;

    MeasuresQuery(JdbcClient jdbc, CalloutQueries calloutQueries) {
        this.jdbc = jdbc;
        this.calloutQueries = calloutQueries;
    }

    record Ask(UUID requestId, UUID volunteerId, Instant at) {}

    /** Every ask about a request since then: a direct assignment after a call, or a call-out (hand-picked too). */
    List<Ask> asksSince(Instant since) {
        var asks = new java.util.ArrayList<>(callsSince(since));
        calloutQueries.asksSince(since).stream()
                .filter(a -> a.subjectType() == se.samverka.callout.SubjectType.HELP_REQUEST)
                .forEach(a -> asks.add(new Ask(a.subjectId(), a.volunteerId(), a.at())));
        return asks;
    }

    private List<Ask> callsSince(Instant since) {
        return jdbc.sql("""
				SELECT request_id, volunteer_id, assigned_at FROM assignment WHERE via = 'DIRECT' AND assigned_at >= :since""")
                .param("since", Timestamp.from(since))
                .query((rs, i) -> new Ask(
                        rs.getObject(1, UUID.class),
                        rs.getObject(2, UUID.class),
                        rs.getTimestamp(3).toInstant()))
                .list();
    }

    /** When each request got its first assignee, for requests filled since then. */
    Map<UUID, Instant> firstFillsSince(Instant since) {
        var fills = new HashMap<UUID, Instant>();
        jdbc.sql("SELECT request_id, MIN(assigned_at) FROM assignment GROUP BY request_id HAVING MIN(assigned_at) >= ?")
                .param(Timestamp.from(since))
                .query(rs -> {
                    fills.put(rs.getObject(1, UUID.class), rs.getTimestamp(2).toInstant());
                });
        return fills;
    }

    Set<UUID> everAssigned() {
        return new HashSet<>(jdbc.sql("SELECT DISTINCT volunteer_id FROM assignment")
                .query(UUID.class)
                .list());
    }

    /** Volunteers with an active task or an unanswered call-out ask (hand-picked too): not in reserve. */
    Set<UUID> busy() {
        var busy = new HashSet<>(jdbc.sql("SELECT volunteer_id FROM assignment WHERE status = 'ACTIVE'")
                .query(UUID.class)
                .list());
        busy.addAll(calloutQueries.waitingForAnswer());
        return busy;
    }
}
