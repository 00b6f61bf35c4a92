package se.samverka.webhook;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The module's two tables: the endpoints and their deliveries. */
@Repository
class WebhookRepository {

    private static final String ENDPOINT = "SELECT id, organisation_id, url, events, secret, created_by, created_at,"
            + " disabled_at FROM webhook_endpoint";

    private static final String DELIVERY = "SELECT id, endpoint_id, event_type, payload, status, attempts,"
            + " last_status, last_error, created_at, next_attempt_at, delivered_at FROM webhook_delivery";

    private final JdbcClient jdbc;

    WebhookRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insertEndpoint(Endpoint e) {
        jdbc.sql("""
				INSERT INTO webhook_endpoint (id, organisation_id, url, events, secret, created_by, created_at)
				VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        e.id(),
                        e.organisationId(),
                        e.url(),
                        e.events().stream().map(Enum::name).sorted().collect(Collectors.joining(",")),
                        e.secret(),
                        e.createdBy(),
                        Timestamp.from(e.createdAt()))
                .update();
    }

    List<Endpoint> endpointsOf(UUID organisationId) {
        return jdbc.sql(ENDPOINT + " WHERE organisation_id = ? ORDER BY created_at DESC")
                .param(organisationId)
                .query(WebhookRepository::endpoint)
                .list();
    }

    Optional<Endpoint> endpoint(UUID id) {
        return jdbc.sql(ENDPOINT + " WHERE id = ?")
                .param(id)
                .query(WebhookRepository::endpoint)
                .optional();
    }

    boolean disable(UUID organisationId, UUID id, Instant now) {
        return jdbc.sql("UPDATE webhook_endpoint SET disabled_at = ?"
                                + " WHERE id = ? AND organisation_id = ? AND disabled_at IS NULL")
                        .params(Timestamp.from(now), id, organisationId)
                        .update()
                > 0;
    }

    /** One delivery of an event to an endpoint; a second with the same key changes nothing (false). */
    boolean insertDelivery(UUID endpointId, String eventKey, WebhookEvent event, String payload, Instant now) {
        return jdbc.sql("""
				INSERT INTO webhook_delivery (id, endpoint_id, event_key, event_type, payload, status, attempts,
				  created_at, next_attempt_at)
				VALUES (?, ?, ?, ?, ?, 'PENDING', 0, ?, ?)
				ON CONFLICT DO NOTHING""")
                        .params(
                                UUID.randomUUID(),
                                endpointId,
                                eventKey,
                                event.type(),
                                payload,
                                Timestamp.from(now),
                                Timestamp.from(now))
                        .update()
                > 0;
    }

    List<UUID> dueIds(Instant now, int limit) {
        return jdbc.sql("SELECT id FROM webhook_delivery WHERE status = 'PENDING' AND next_attempt_at <= ?"
                        + " ORDER BY next_attempt_at LIMIT ?")
                .params(Timestamp.from(now), limit)
                .query(UUID.class)
                .list();
    }

    /** Takes a due delivery for one attempt; only one instance gets it. The lease covers a crash mid-attempt. */
    boolean claim(UUID id, Instant now, Instant leaseUntil) {
        return jdbc.sql("UPDATE webhook_delivery SET next_attempt_at = ?"
                                + " WHERE id = ? AND status = 'PENDING' AND next_attempt_at <= ?")
                        .params(Timestamp.from(leaseUntil), id, Timestamp.from(now))
                        .update()
                == 1;
    }

    Optional<Delivery> delivery(UUID id) {
        return jdbc.sql(DELIVERY + " WHERE id = ?")
                .param(id)
                .query(WebhookRepository::delivery)
                .optional();
    }

    void attempted(
            UUID id, int attempts, String status, Integer statusCode, String error, Instant next, Instant delivered) {
        jdbc.sql("""
				UPDATE webhook_delivery SET attempts = ?, status = ?, last_status = ?, last_error = ?,
				  next_attempt_at = ?, delivered_at = ?
				WHERE id = ?""")
                .params(
                        attempts,
                        status,
                        statusCode,
                        error,
                        next == null ? null : Timestamp.from(next),
                        delivered == null ? null : Timestamp.from(delivered),
                        id)
                .update();
    }

    List<Delivery> deliveries(UUID endpointId, int offset, int limit) {
        return jdbc.sql(DELIVERY + " WHERE endpoint_id = ? ORDER BY created_at DESC, id LIMIT ? OFFSET ?")
                .params(endpointId, limit, offset)
                .query(WebhookRepository::delivery)
                .list();
    }

    int countDeliveries(UUID endpointId) {
        return jdbc.sql("SELECT COUNT(*) FROM webhook_delivery WHERE endpoint_id = ?")
                .param(endpointId)
                .query(Integer.class)
                .single();
    }

    private static Endpoint endpoint(ResultSet rs, int row) throws SQLException {
        Set<WebhookEvent> events = EnumSet.noneOf(WebhookEvent.class);
        Arrays.stream(rs.getString("events").split(","))
                .map(WebhookEvent::valueOf)
                .forEach(events::add);
        return new Endpoint(
                rs.getObject("id", UUID.class),
                rs.getObject("organisation_id", UUID.class),
                rs.getString("url"),
                events,
                rs.getString("secret"),
                rs.getString("created_by"),
                rs.getTimestamp("created_at").toInstant(),
                instant(rs.getTimestamp("disabled_at")));
    }

    private static Delivery delivery(ResultSet rs, int row) throws SQLException {
        return new Delivery(
                rs.getObject("id", UUID.class),
                rs.getObject("endpoint_id", UUID.class),
                rs.getString("event_type"),
                rs.getString("payload"),
                rs.getString("status"),
                rs.getInt("attempts"),
                (Integer) rs.getObject("last_status"),
                rs.getString("last_error"),
                rs.getTimestamp("created_at").toInstant(),
                instant(rs.getTimestamp("next_attempt_at")),
                instant(rs.getTimestamp("delivered_at")));
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
