package se.samverka.callout;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class CalloutRepository {

    private final JdbcClient jdbc;

    CalloutRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Callout c) {
        jdbc.sql("""
				INSERT INTO callout (id, subject_type, subject_id, active_subject, title, kind, district_id, need_date,
				  time_from, time_to, language, people_needed, accepted, factor, extra_asks, all_districts, urgency,
				  status, waves, started_by, started_at, safeguarding_level, hand_picked)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, FALSE, ?, 'ACTIVE', 0, ?, ?, ?, ?)""")
                .params(
                        c.id(),
                        c.subjectType().name(),
                        c.subjectId(),
                        c.subjectId(),
                        c.title(),
                        c.kind().name(),
                        c.districtId(),
                        c.date(),
                        c.from(),
                        c.to(),
                        c.language(),
                        c.peopleNeeded(),
                        c.factor(),
                        c.extraAsks(),
                        c.urgency().name(),
                        c.startedBy(),
                        Timestamp.from(c.startedAt()),
                        c.safeguardingLevel(),
                        c.handPicked())
                .update();
    }

    Optional<Callout> find(UUID id) {
        return jdbc.sql("SELECT " + Callout.COLUMNS + " FROM callout WHERE id = ?")
                .param(id)
                .query(Callout::map)
                .optional();
    }

    /** Reads and locks the call-out row: answers and waves of one call-out take turns. */
    Optional<Callout> lock(UUID id) {
        return jdbc.sql("SELECT " + Callout.COLUMNS + " FROM callout WHERE id = ? FOR UPDATE")
                .param(id)
                .query(Callout::map)
                .optional();
    }

    Optional<Callout> active(SubjectType type, UUID subjectId) {
        return jdbc.sql("SELECT " + Callout.COLUMNS + " FROM callout WHERE subject_type = ? AND active_subject = ?")
                .params(type.name(), subjectId)
                .query(Callout::map)
                .optional();
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

    void startWave(UUID id, int wave) {
        jdbc.sql("UPDATE callout SET waves = ? WHERE id = ?").params(wave, id).update();
    }

    void accepted(UUID id, int accepted) {
        jdbc.sql("UPDATE callout SET accepted = ? WHERE id = ?")
                .params(accepted, id)
                .update();
    }

    /** Ends an active call-out; returns whether it was active. */
    boolean end(UUID id, CalloutStatus status, String reason, Instant at) {
        return jdbc.sql("""
				UPDATE callout SET status = ?, active_subject = NULL, ended_at = ?, end_reason = ?
				WHERE id = ? AND status = 'ACTIVE'""")
                        .params(status.name(), Timestamp.from(at), reason, id)
                        .update()
                == 1;
    }

    void widen(UUID id, boolean allDistricts, int extraAsks) {
        jdbc.sql("UPDATE callout SET all_districts = (all_districts OR ?), extra_asks = extra_asks + ? WHERE id = ?")
                .params(allDistricts, extraAsks, id)
                .update();
    }

    /** Widening a hand-picked call-out lets Samverka choose from then on: it becomes an ordinary one. */
    void chooseFromNowOn(UUID id) {
        jdbc.sql("UPDATE callout SET hand_picked = FALSE WHERE id = ?")
                .param(id)
                .update();
    }

    /** How many of the call-out's asks wait for an answer. */
    int pendingAsks(UUID calloutId) {
        return jdbc.sql("SELECT COUNT(*) FROM callout_ask WHERE callout_id = ? AND status = 'PENDING'")
                .param(calloutId)
                .query(Integer.class)
                .single();
    }

    void insertAsk(UUID id, UUID calloutId, UUID volunteerId, int wave, String channel, String tokenHash, Instant at) {
        jdbc.sql("""
				INSERT INTO callout_ask (id, callout_id, volunteer_id, wave, channel, token_hash, status, asked_at)
				VALUES (?, ?, ?, ?, ?, ?, 'PENDING', ?)""")
                .params(id, calloutId, volunteerId, wave, channel, tokenHash, Timestamp.from(at))
                .update();
    }

    List<CalloutAsk> asks(UUID calloutId) {
        return jdbc.sql("SELECT " + CalloutAsk.COLUMNS
                        + " FROM callout_ask WHERE callout_id = ? ORDER BY wave, asked_at, id")
                .param(calloutId)
                .query(CalloutAsk::map)
                .list();
    }

    Optional<CalloutAsk> askByToken(String tokenHash) {
        return jdbc.sql("SELECT " + CalloutAsk.COLUMNS + " FROM callout_ask WHERE token_hash = ?")
                .param(tokenHash)
                .query(CalloutAsk::map)
                .optional();
    }

    Optional<CalloutAsk> ask(UUID id) {
        return jdbc.sql("SELECT " + CalloutAsk.COLUMNS + " FROM callout_ask WHERE id = ?")
                .param(id)
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

    /** Moves an ask on from PENDING only; returns whether it did. */
    boolean answer(UUID askId, AskStatus to, Instant at) {
        var column = to == AskStatus.STOOD_DOWN ? "stood_down_at" : "answered_at";
        return jdbc.sql("UPDATE callout_ask SET status = ?, " + column + " = ? WHERE id = ? AND status = 'PENDING'")
                        .params(to.name(), Timestamp.from(at), askId)
                        .update()
                == 1;
    }

    List<UUID> askedVolunteers(UUID calloutId) {
        return jdbc.sql("SELECT volunteer_id FROM callout_ask WHERE callout_id = ?")
                .param(calloutId)
                .query(UUID.class)
                .list();
    }

    void insertWave(UUID calloutId, int wave, Instant at, int asked, Selection selection) {
        var other = selection.skipped().entrySet().stream()
                .filter(e -> e.getKey() != SkipReason.NOT_ELIGIBLE_KIND && e.getKey() != SkipReason.DISTRICT)
                .mapToInt(Map.Entry::getValue)
                .sum();
        jdbc.sql("""
				INSERT INTO callout_wave (callout_id, wave, sent_at, asked, skipped_kind, skipped_far, skipped_other)
				VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        calloutId,
                        wave,
                        Timestamp.from(at),
                        asked,
                        selection.skipped(SkipReason.NOT_ELIGIBLE_KIND),
                        selection.skipped(SkipReason.DISTRICT),
                        other)
                .update();
        var counts = List.copyOf(selection.skipped().entrySet());
        if (!counts.isEmpty()) {
            var params = new ArrayList<Object>();
            for (var count : counts) {
                params.addAll(List.of(calloutId, wave, count.getKey().name(), count.getValue()));
            }
            jdbc.sql("INSERT INTO callout_wave_skip (callout_id, wave, reason, skipped) VALUES "
                            + String.join(", ", Collections.nCopies(counts.size(), "(?, ?, ?, ?)")))
                    .params(params)
                    .update();
        }
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

    /** The volunteer's unanswered asks in active call-outs, oldest first. */
    List<CalloutAsk> pendingFor(UUID volunteerId) {
        return jdbc.sql("""
				SELECT a.id, a.callout_id, a.volunteer_id, a.wave, a.channel, a.status, a.asked_at, a.answered_at,
				  a.stood_down_at
				FROM callout_ask a JOIN callout c ON c.id = a.callout_id
				WHERE a.volunteer_id = ? AND a.status = 'PENDING' AND c.status = 'ACTIVE' ORDER BY a.asked_at""").param(volunteerId).query(CalloutAsk::map).list();
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
}
