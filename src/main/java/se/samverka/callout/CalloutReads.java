package se.samverka.callout;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The read-only SQL of call-outs, their asks and waves: lists, look-ups by token or phone, and who was asked for what
 * across call-outs. What the commands write, and read under the call-out's lock, is in {@link CalloutRepository}.
 */
@Repository
class CalloutReads {

    private final JdbcClient jdbc;

    CalloutReads(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Callout> forSubject(SubjectType type, UUID subjectId) {
        return jdbc.sql("SELECT " + Callout.COLUMNS
                        + " FROM callout WHERE subject_type = ? AND subject_id = ? ORDER BY started_at DESC")
                .params(type.name(), subjectId)
                .query(Callout::map)
                .list();
    }

    List<Callout> page(CalloutStatus status, int offset, int limit) {
        var where = status == null ? "" : " WHERE status = :status";
        var spec = jdbc.sql("SELECT " + Callout.COLUMNS + " FROM callout" + where
                + " ORDER BY started_at DESC, id LIMIT :limit OFFSET :offset");
        if (status != null) {
            spec = spec.param("status", status.name());
        }
        return spec.param("limit", limit)
                .param("offset", offset)
                .query(Callout::map)
                .list();
    }

    int count(CalloutStatus status) {
        var where = status == null ? "" : " WHERE status = :status";
        var spec = jdbc.sql("SELECT COUNT(*) FROM callout" + where);
        if (status != null) {
            spec = spec.param("status", status.name());
        }
        return spec.query(Integer.class).single();
    }

    Optional<CalloutAsk> askByToken(String tokenHash) {
        return jdbc.sql("SELECT " + CalloutAsk.COLUMNS + " FROM callout_ask WHERE token_hash = ?")
                .param(tokenHash)
                .query(CalloutAsk::map)
                .optional();
    }

    /** The volunteer's newest SMS ask, the one an SMS reply answers. */
    Optional<CalloutAsk> latestSmsAsk(UUID volunteerId) {
        return jdbc.sql(
                        "SELECT " + CalloutAsk.COLUMNS
                                + " FROM callout_ask WHERE volunteer_id = ? AND channel = 'SMS' ORDER BY CASE WHEN status = 'PENDING' THEN 0 ELSE 1 END, asked_at DESC LIMIT 1")
                .param(volunteerId)
                .query(CalloutAsk::map)
                .optional();
    }

    List<CalloutQueries.AskFact> asksSince(Instant since) {
        return jdbc.sql("""
				SELECT c.subject_type, c.subject_id, a.volunteer_id, a.asked_at FROM callout_ask a
				JOIN callout c ON c.id = a.callout_id WHERE a.asked_at >= ?""")
                .param(Timestamp.from(since))
                .query((rs, i) -> new CalloutQueries.AskFact(
                        SubjectType.valueOf(rs.getString(1)),
                        rs.getObject(2, UUID.class),
                        rs.getObject(3, UUID.class),
                        rs.getTimestamp(4).toInstant()))
                .list();
    }

    List<UUID> waitingForAnswer() {
        return jdbc.sql("SELECT DISTINCT volunteer_id FROM callout_ask WHERE status = 'PENDING'")
                .query(UUID.class)
                .list();
    }

    List<UUID> askedFor(SubjectType type, UUID subjectId) {
        return jdbc.sql("""
				SELECT DISTINCT a.volunteer_id FROM callout_ask a JOIN callout c ON c.id = a.callout_id
				WHERE c.subject_type = ? AND c.subject_id = ?""").params(type.name(), subjectId).query(UUID.class).list();
    }

    /** Volunteers who said yes in any call-out for the subject: the people engaged in it. */
    List<UUID> acceptedFor(SubjectType type, UUID subjectId) {
        return jdbc.sql("""
				SELECT DISTINCT a.volunteer_id FROM callout_ask a JOIN callout c ON c.id = a.callout_id
				WHERE c.subject_type = ? AND c.subject_id = ? AND a.status = 'ACCEPTED'""").params(type.name(), subjectId).query(UUID.class).list();
    }

    /** The subjects of that type the volunteer was ever asked about. */
    List<UUID> subjectsAskedOf(UUID volunteerId, SubjectType type) {
        return jdbc.sql("""
				SELECT DISTINCT c.subject_id FROM callout_ask a JOIN callout c ON c.id = a.callout_id
				WHERE a.volunteer_id = ? AND c.subject_type = ?""").params(volunteerId, type.name()).query(UUID.class).list();
    }

    /** Everyone asked in the period (a crisis), whatever they answered. */
    List<UUID> askedBetween(Instant from, Instant to) {
        return jdbc.sql("SELECT DISTINCT volunteer_id FROM callout_ask WHERE asked_at >= ? AND asked_at <= ?")
                .params(Timestamp.from(from), Timestamp.from(to))
                .query(UUID.class)
                .list();
    }

    /** How many the call-out's latest wave skipped per reason. */
    Map<SkipReason, Integer> latestSkipCounts(UUID calloutId) {
        var counts = new java.util.EnumMap<SkipReason, Integer>(SkipReason.class);
        jdbc.sql("""
				SELECT reason, skipped FROM callout_wave_skip WHERE callout_id = ?
				  AND wave = (SELECT MAX(w.wave) FROM callout_wave w WHERE w.callout_id = ?)""").params(calloutId, calloutId).query(rs -> {
            counts.put(SkipReason.valueOf(rs.getString(1)), rs.getInt(2));
        });
        return counts;
    }

    List<WaveSummary> waves(UUID calloutId) {
        return jdbc.sql(
                        "SELECT wave, sent_at, asked, skipped_other FROM callout_wave WHERE callout_id = ? ORDER BY wave")
                .param(calloutId)
                .query((rs, i) ->
                        new WaveSummary(rs.getInt(1), rs.getTimestamp(2).toInstant(), rs.getInt(3), rs.getInt(4)))
                .list();
    }
}
