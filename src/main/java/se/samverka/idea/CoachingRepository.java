package se.samverka.idea;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * An idea's coaching: the sessions and the next steps agreed in them, the people and organisations involved, and
 * the funding sought.
 */
@Repository
class CoachingRepository {

    private final JdbcClient jdbc;

    CoachingRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A session, with its coach's account id rather than name. */
    record Session(UUID id, LocalDate heldOn, String notes, UUID coachId) {}

    /** A next step not yet reminded of, on an idea that has a coach. */
    record DueStep(UUID stepId, UUID ideaId, String title, String step, String owner, LocalDate dueOn, UUID coachId) {}

    void insertSession(UUID id, UUID ideaId, LocalDate heldOn, String notes, UUID coachId, Instant now) {
        jdbc.sql("""
				INSERT INTO idea_session (id, idea_id, held_on, notes, coach_id, created_at) VALUES (?, ?, ?, ?, ?, ?)""")
                .params(id, ideaId, heldOn, notes, coachId, Timestamp.from(now))
                .update();
    }

    void insertStep(UUID ideaId, UUID sessionId, NextStep step) {
        jdbc.sql("""
				INSERT INTO idea_step (id, idea_id, session_id, description, owner, due_on)
				VALUES (?, ?, ?, ?, ?, ?)""")
                .params(UUID.randomUUID(), ideaId, sessionId, step.description(), step.owner(), step.dueOn())
                .update();
    }

    /** The idea's sessions, the latest first. */
    List<Session> sessions(UUID ideaId) {
        return jdbc.sql("""
				SELECT s.id, s.held_on, s.notes, s.coach_id FROM idea_session s
				WHERE s.idea_id = ? ORDER BY s.held_on DESC, s.created_at DESC""")
                .param(ideaId)
                .query((rs, n) -> new Session(
                        rs.getObject(1, UUID.class),
                        rs.getObject(2, LocalDate.class),
                        rs.getString(3),
                        rs.getObject(4, UUID.class)))
                .list();
    }

    /** The idea's next steps by the session they were agreed in, the earliest due first. */
    Map<UUID, List<SessionLine.StepLine>> stepsBySession(UUID ideaId) {
        var steps = new LinkedHashMap<UUID, List<SessionLine.StepLine>>();
        jdbc.sql("""
				SELECT session_id, description, owner, due_on, reminded_at FROM idea_step WHERE idea_id = ?
				ORDER BY due_on, description""").param(ideaId).query(rs -> {
            steps.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
                    .add(new SessionLine.StepLine(
                            rs.getString(2),
                            rs.getString(3),
                            rs.getObject(4, LocalDate.class),
                            rs.getTimestamp(5) != null));
        });
        return steps;
    }

    /** Steps due on or before the day, not yet reminded of, of ideas with a coach; the earliest first. */
    List<DueStep> dueSteps(LocalDate day) {
        return jdbc.sql("""
				SELECT s.id, i.id, i.title, s.description, s.owner, s.due_on, i.coach_id
				FROM idea_step s JOIN idea i ON i.id = s.idea_id
				WHERE s.reminded_at IS NULL AND s.due_on <= ? AND i.coach_id IS NOT NULL ORDER BY s.due_on""")
                .param(day)
                .query((rs, n) -> new DueStep(
                        rs.getObject(1, UUID.class),
                        rs.getObject(2, UUID.class),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getObject(6, LocalDate.class),
                        rs.getObject(7, UUID.class)))
                .list();
    }

    /** Marks the step reminded of; false when another run got there first. */
    boolean claimReminder(UUID stepId, Instant now) {
        return jdbc.sql("UPDATE idea_step SET reminded_at = ? WHERE id = ? AND reminded_at IS NULL")
                        .params(Timestamp.from(now), stepId)
                        .update()
                == 1;
    }

    void insertParty(UUID ideaId, UUID organisationId, String name, String part) {
        jdbc.sql("INSERT INTO idea_party (id, idea_id, organisation_id, name, part) VALUES (?, ?, ?, ?, ?)")
                .params(UUID.randomUUID(), ideaId, organisationId, name, part)
                .update();
    }

    List<PartyLine> parties(UUID ideaId) {
        return jdbc.sql("SELECT name, part, organisation_id FROM idea_party WHERE idea_id = ? ORDER BY name")
                .param(ideaId)
                .query((rs, n) -> new PartyLine(rs.getString(1), rs.getString(2), rs.getObject(3, UUID.class)))
                .list();
    }

    void insertFunding(UUID ideaId, String source, BigDecimal amount, FundingStatus status, Instant now) {
        jdbc.sql("""
				INSERT INTO idea_funding (id, idea_id, source, amount, status, created_at) VALUES (?, ?, ?, ?, ?, ?)""")
                .params(UUID.randomUUID(), ideaId, source, amount, status.name(), Timestamp.from(now))
                .update();
    }

    List<FundingLine> fundings(UUID ideaId) {
        return jdbc.sql("SELECT source, amount, status FROM idea_funding WHERE idea_id = ? ORDER BY created_at")
                .param(ideaId)
                .query((rs, n) ->
                        new FundingLine(rs.getString(1), rs.getBigDecimal(2), FundingStatus.valueOf(rs.getString(3))))
                .list();
    }
}
