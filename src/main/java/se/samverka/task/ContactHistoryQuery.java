package se.samverka.task;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.samverka.callout.CalloutQueries;
import se.samverka.callout.ContactLedger;
import se.samverka.callout.SubjectType;

/** Every ask (from the contact ledger) and every task, per volunteer, in three queries. */
@Repository
class ContactHistoryQuery {

    private final JdbcClient jdbc;
    private final ContactLedger ledger;

    private final CalloutQueries calloutQueries;

    ContactHistoryQuery(JdbcClient jdbc, ContactLedger ledger, CalloutQueries calloutQueries) {
        this.calloutQueries = calloutQueries;
        this.jdbc = jdbc;
        this.ledger = ledger;
    }

    /**
     * Per volunteer; {@code windowOf} gives each volunteer's ask-limit window. {@code requestId} may be null
     * when the question is not about one request.
     */
    Map<UUID, ContactHistory> forVolunteers(
            Collection<UUID> volunteerIds,
            UUID requestId,
            Instant now,
            java.util.function.Function<UUID, Duration> windowOf) {
        var result = new HashMap<UUID, ContactHistory>();
        if (volunteerIds.isEmpty()) {
            return result;
        }
        var ids = List.copyOf(volunteerIds);
        var asks = ledger.asksSince(ids, now.minus(Duration.ofDays(90)));
        var tasks = new HashMap<UUID, Integer>();
        jdbc.sql(
                        "SELECT volunteer_id, COUNT(*) FROM assignment WHERE volunteer_id IN (:ids) AND assigned_at >= :since GROUP BY volunteer_id")
                .param("ids", ids)
                .param("since", Timestamp.from(now.minus(Duration.ofDays(30))))
                .query(rs -> {
                    tasks.put(rs.getObject(1, UUID.class), rs.getInt(2));
                });
        var askedForThis = new HashSet<UUID>();
        // without a request (start page, monthly letter) there is nothing to have been asked about
        if (requestId != null) {
            askedForThis.addAll(calloutQueries.askedFor(SubjectType.HELP_REQUEST, requestId));
            askedForThis.retainAll(volunteerIds);
        }
        for (var id : ids) {
            var times = asks.getOrDefault(id, List.of());
            var windowStart = now.minus(windowOf.apply(id));
            var inWindow =
                    (int) times.stream().filter(t -> !t.isBefore(windowStart)).count();
            var last = times.stream().max(Instant::compareTo).orElse(null);
            result.put(id, new ContactHistory(inWindow, last, tasks.getOrDefault(id, 0), askedForThis.contains(id)));
        }
        return result;
    }
}
