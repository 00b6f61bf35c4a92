package se.samverka.notification;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class OutboxRepository {

    private static final String COLUMNS = "id, created_at, channel, recipient, subject, body, status, attempts, "
            + "next_attempt_at, last_error, sent_at";

    private final JdbcClient jdbc;

    OutboxRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Inserts the message unless one with the same dedupe key exists; true when it was inserted.
     * {@code ON CONFLICT DO NOTHING} (PostgreSQL, and H2 in PostgreSQL mode) rather than catching the
     * duplicate key: on PostgreSQL a failed statement would spoil the caller's whole transaction.
     */
    boolean insertIfNew(UUID id, OutgoingMessage message, OutboxStatus status, Instant now) {
        return jdbc.sql("""
				INSERT INTO outbox_message (id, dedupe_key, channel, recipient, subject, body, status, attempts,
				  next_attempt_at, created_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, 0, ?, ?)
				ON CONFLICT DO NOTHING""")
                        .params(
                                id,
                                message.dedupeKey(),
                                message.channel().name(),
                                message.recipient(),
                                message.subject(),
                                message.body(),
                                status.name(),
                                Timestamp.from(now),
                                Timestamp.from(now))
                        .update()
                == 1;
    }

    List<UUID> dueIds(OutgoingMessage.Channel channel, Instant now, int limit) {
        return jdbc.sql("""
				SELECT id FROM outbox_message
				WHERE status = 'PENDING' AND channel = ? AND next_attempt_at <= ?
				ORDER BY next_attempt_at LIMIT ?""")
                .params(channel.name(), Timestamp.from(now), limit)
                .query(UUID.class)
                .list();
    }

    /**
     * Takes a due message for sending. Only one of several app instances gets row count 1, so only that
     * one sends it. The lease in {@code next_attempt_at} says when a crashed sender's claim runs out.
     */
    boolean claim(UUID id, Instant now, Instant leaseUntil, String instance) {
        return jdbc.sql("""
				UPDATE outbox_message SET status = 'SENDING', next_attempt_at = ?, claimed_by = ?, claimed_at = ?
				WHERE id = ? AND status = 'PENDING' AND next_attempt_at <= ?""")
                        .params(Timestamp.from(leaseUntil), instance, Timestamp.from(now), id, Timestamp.from(now))
                        .update()
                == 1;
    }

    Optional<OutboxEntry> find(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM outbox_message WHERE id = ?")
                .param(id)
                .query(this::entry)
                .optional();
    }

    void markSent(UUID id, Instant now) {
        jdbc.sql(
                        "UPDATE outbox_message SET status = 'SENT', sent_at = ?, last_error = NULL WHERE id = ? AND status = 'SENDING'")
                .params(Timestamp.from(now), id)
                .update();
        // an erasure receipt keeps no address or text once sent (PrivacyMails)
        jdbc.sql(
                        "UPDATE outbox_message SET recipient = 'raderad', subject = '-', body = '-' WHERE id = ? AND status = 'SENT'"
                                + " AND dedupe_key LIKE '" + PrivacyMails.DEDUPE_PREFIX + "%'")
                .param(id)
                .update();
    }

    void markAttemptFailed(UUID id, int attempts, OutboxStatus next, String error, Instant nextAttemptAt) {
        jdbc.sql("""
				UPDATE outbox_message SET status = ?, attempts = ?, last_error = ?, next_attempt_at = ?
				WHERE id = ? AND status = 'SENDING'""")
                .params(next.name(), attempts, error, Timestamp.from(nextAttemptAt), id)
                .update();
    }

    /** Puts messages whose sender's lease ran out back in the queue; returns how many. */
    int releaseExpiredClaims(Instant now, String error) {
        return jdbc.sql("""
				UPDATE outbox_message SET status = 'PENDING', attempts = attempts + 1, last_error = ?,
				  next_attempt_at = ?, claimed_by = NULL
				WHERE status = 'SENDING' AND next_attempt_at < ?""")
                .params(error, Timestamp.from(now), Timestamp.from(now))
                .update();
    }

    /**
     * Puts the messages the given instance claimed before the given moment (its start) back in the queue, whatever
     * their lease; returns how many. Claims made since are this run's own, which may be sending right now.
     */
    int releaseClaimsOf(String instance, Instant claimedBefore, Instant now, String error) {
        return jdbc.sql("""
				UPDATE outbox_message SET status = 'PENDING', attempts = attempts + 1, last_error = ?,
				  next_attempt_at = ?, claimed_by = NULL
				WHERE status = 'SENDING' AND claimed_by = ? AND claimed_at < ?""")
                .params(error, Timestamp.from(now), instance, Timestamp.from(claimedBefore))
                .update();
    }

    /** Gives back one claim of the instance without counting an attempt (nothing was sent). */
    void releaseClaim(UUID id, String instance, Instant now) {
        jdbc.sql("""
				UPDATE outbox_message SET status = 'PENDING', next_attempt_at = ?, claimed_by = NULL
				WHERE id = ? AND status = 'SENDING' AND claimed_by = ?""").params(Timestamp.from(now), id, instance).update();
    }

    List<OutboxEntry> search(OutboxStatus status, String recipient, int offset, int limit) {
        var where = new ArrayList<Object>();
        var sql = "SELECT " + COLUMNS + " FROM outbox_message" + where(status, recipient, where)
                + " ORDER BY created_at DESC, id LIMIT ? OFFSET ?";
        where.add(limit);
        where.add(offset);
        return jdbc.sql(sql).params(where).query(this::entry).list();
    }

    int count(OutboxStatus status, String recipient) {
        var where = new ArrayList<Object>();
        var sql = "SELECT COUNT(*) FROM outbox_message" + where(status, recipient, where);
        return jdbc.sql(sql).params(where).query(Integer.class).single();
    }

    /** The messages whose recipient contains the text, newest first (at most {@code limit}). */
    List<UUID> idsWithRecipientLike(String text, int limit) {
        var params = new ArrayList<Object>();
        var sql = "SELECT id FROM outbox_message" + where(null, text, params) + " ORDER BY created_at DESC LIMIT ?";
        params.add(limit);
        return jdbc.sql(sql).params(params).query(UUID.class).list();
    }

    /** The recipient of each of these messages that still exists. */
    java.util.Map<UUID, String> recipientsOf(java.util.Collection<UUID> ids) {
        var recipients = new java.util.HashMap<UUID, String>();
        for (var id : ids) {
            find(id).ifPresent(entry -> recipients.put(id, entry.recipientDisplay()));
        }
        return recipients;
    }

    private static String where(OutboxStatus status, String recipient, List<Object> params) {
        var conditions = new ArrayList<String>();
        if (status != null) {
            conditions.add("status = ?");
            params.add(status.name());
        }
        if (recipient != null && !recipient.isBlank()) {
            conditions.add("LOWER(recipient) LIKE ? ESCAPE '\\'");
            params.add("%" + likeEscaped(recipient.strip().toLowerCase(Locale.ROOT)) + "%");
        }
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    private static String likeEscaped(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private OutboxEntry entry(ResultSet rs, int row) throws SQLException {
        var sentAt = rs.getTimestamp("sent_at");
        return new OutboxEntry(
                rs.getObject("id", UUID.class),
                rs.getTimestamp("created_at").toInstant(),
                OutgoingMessage.Channel.valueOf(rs.getString("channel")),
                rs.getString("recipient"),
                rs.getString("subject"),
                rs.getString("body"),
                OutboxStatus.valueOf(rs.getString("status")),
                rs.getInt("attempts"),
                rs.getTimestamp("next_attempt_at").toInstant(),
                rs.getString("last_error"),
                sentAt == null ? null : sentAt.toInstant());
    }
}
