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

/**
 * A call-out with its asks and waves as the commands write them, and what they read under the call-out's lock.
 * Lists and look-ups across call-outs are in {@link CalloutReads}.
 */
@Repository
class CalloutRepository {

    private final JdbcClient jdbc;

    CalloutRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A new active call-out for the start's need; the factor, extra asks and hand-picking as the caller decided. */
    void insert(UUID id, Callouts.Start start, int factor, int extraAsks, boolean handPicked, Instant at) {
        var need = start.need();
        jdbc.sql("""
				INSERT INTO callout (id, subject_type, subject_id, active_subject, title, kind, district_id, need_date,
				  time_from, time_to, language, people_needed, accepted, factor, extra_asks, all_districts, urgency,
				  status, waves, started_by, started_at, safeguarding_level, hand_picked)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, FALSE, ?, 'ACTIVE', 0, ?, ?, ?, ?)""")
                .params(
                        id,
                        start.subjectType().name(),
                        start.subjectId(),
                        start.subjectId(),
                        start.title(),
                        need.kind().name(),
                        need.districtId(),
                        need.date(),
                        need.from(),
                        need.to(),
                        need.language(),
                        need.peopleNeeded(),
                        factor,
                        extraAsks,
                        start.urgency().name(),
                        start.startedBy(),
                        Timestamp.from(at),
                        need.safeguardingLevel(),
                        handPicked)
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

    Optional<CalloutAsk> ask(UUID id) {
        return jdbc.sql("SELECT " + CalloutAsk.COLUMNS + " FROM callout_ask WHERE id = ?")
                .param(id)
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

    /** The volunteer's unanswered asks in active call-outs, oldest first. */
    List<CalloutAsk> pendingFor(UUID volunteerId) {
        return jdbc.sql("""
				SELECT a.id, a.callout_id, a.volunteer_id, a.wave, a.channel, a.status, a.asked_at, a.answered_at,
				  a.stood_down_at
				FROM callout_ask a JOIN callout c ON c.id = a.callout_id
				WHERE a.volunteer_id = ? AND a.status = 'PENDING' AND c.status = 'ACTIVE' ORDER BY a.asked_at""").param(volunteerId).query(CalloutAsk::map).list();
    }
}
