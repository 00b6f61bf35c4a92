package se.samverka.idea;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Ideas as submitted, with their districts, the help wanted, their stage and its history. */
@Repository
class IdeaRepository {

    private final JdbcClient jdbc;

    IdeaRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** An idea in a list, with its coach's account id rather than name. */
    record Listed(UUID id, String title, String stage, UUID coachId, LocalDate createdOn) {}

    void insert(UUID id, NewIdea idea, String stage, Instant now) {
        var at = Timestamp.from(now);
        jdbc.sql("""
				INSERT INTO idea (id, title, description, for_whom, submitter_name, submitter_email, submitter_phone,
				  organisation_name, language, consent_at, stage, created_at, updated_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        id,
                        idea.title(),
                        idea.description(),
                        idea.forWhom(),
                        idea.name(),
                        idea.email().value(),
                        idea.phone(),
                        idea.organisation(),
                        idea.language(),
                        at,
                        stage,
                        at,
                        at)
                .update();
        for (var d : idea.districtIds()) {
            jdbc.sql("INSERT INTO idea_district (idea_id, district_id) VALUES (?, ?)")
                    .params(id, d)
                    .update();
        }
        for (var h : idea.help()) {
            jdbc.sql("INSERT INTO idea_help (idea_id, help) VALUES (?, ?)")
                    .params(id, h.name())
                    .update();
        }
    }

    /** The ideas matching every given filter (null: any), newest first. */
    List<Listed> list(IdeaFilter filter) {
        var sql = new StringBuilder("""
				SELECT i.id, i.title, i.stage, i.coach_id, i.created_at
				FROM idea i WHERE TRUE""");
        var params = new ArrayList<Object>();
        if (filter.coachId() != null) {
            sql.append(" AND i.coach_id = ?");
            params.add(filter.coachId());
        }
        if (filter.unassigned()) {
            sql.append(" AND i.coach_id IS NULL");
        }
        if (filter.stage() != null) {
            sql.append(" AND i.stage = ?");
            params.add(filter.stage());
        }
        if (filter.districtId() != null) {
            sql.append(" AND EXISTS (SELECT 1 FROM idea_district d WHERE d.idea_id = i.id AND d.district_id = ?)");
            params.add(filter.districtId());
        }
        if (filter.help() != null) {
            sql.append(" AND EXISTS (SELECT 1 FROM idea_help h WHERE h.idea_id = i.id AND h.help = ?)");
            params.add(filter.help().name());
        }
        sql.append(" ORDER BY i.created_at DESC");
        return jdbc.sql(sql.toString())
                .params(params)
                .query((rs, n) -> new Listed(
                        rs.getObject(1, UUID.class),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getObject(4, UUID.class),
                        date(rs.getTimestamp(5))))
                .list();
    }

    /** The idea without its coach's name, which the account module knows. */
    Optional<IdeaDetail> find(UUID id) {
        var help = helpByIdea(id).getOrDefault(id, List.of());
        var districts = jdbc.sql("SELECT district_id FROM idea_district WHERE idea_id = ? ORDER BY district_id")
                .param(id)
                .query(String.class)
                .list();
        return jdbc.sql("""
				SELECT i.id, i.title, i.description, i.for_whom, i.submitter_name, i.submitter_email, i.submitter_phone,
				  i.organisation_name, i.stage, i.outcome, i.coach_id, i.created_at, i.effort_id
				FROM idea i WHERE i.id = ?""")
                .param(id)
                .query((rs, n) -> new IdeaDetail(
                        rs.getObject(1, UUID.class),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        districts,
                        help,
                        rs.getString(5),
                        rs.getString(6),
                        rs.getString(7),
                        rs.getString(8),
                        rs.getString(9),
                        rs.getString(10),
                        rs.getObject(11, UUID.class),
                        null,
                        date(rs.getTimestamp(12)),
                        rs.getObject(13, UUID.class)))
                .optional();
    }

    /** The help wanted for one idea, or for every idea when {@code ideaId} is null. */
    Map<UUID, List<HelpWanted>> helpByIdea(UUID ideaId) {
        var help = new HashMap<UUID, List<HelpWanted>>();
        var sql =
                "SELECT idea_id, help FROM idea_help" + (ideaId == null ? "" : " WHERE idea_id = ?") + " ORDER BY help";
        var query = jdbc.sql(sql);
        if (ideaId != null) {
            query = query.param(ideaId);
        }
        query.query(rs -> {
            help.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
                    .add(HelpWanted.valueOf(rs.getString(2)));
        });
        return help;
    }

    /** False when another coach already has the idea. */
    boolean takeOn(UUID ideaId, UUID coachId, Instant now) {
        return jdbc.sql("""
				UPDATE idea SET coach_id = ?, updated_at = ? WHERE id = ? AND (coach_id IS NULL OR coach_id = ?)""")
                        .params(coachId, Timestamp.from(now), ideaId, coachId)
                        .update()
                == 1;
    }

    /** Sets the stage and its outcome (null unless closed) and writes the change to the stage history. */
    void moveTo(UUID ideaId, String stage, String outcome, String by, Instant now) {
        var at = Timestamp.from(now);
        jdbc.sql("UPDATE idea SET stage = ?, outcome = ?, updated_at = ? WHERE id = ?")
                .params(stage, outcome, at, ideaId)
                .update();
        jdbc.sql("INSERT INTO idea_stage_change (id, idea_id, stage, changed_by, changed_at) VALUES (?, ?, ?, ?, ?)")
                .params(UUID.randomUUID(), ideaId, stage, by, at)
                .update();
    }

    /** False when the idea already has an effort. */
    boolean linkEffort(UUID ideaId, UUID effortId, Instant now) {
        return jdbc.sql("UPDATE idea SET effort_id = ?, updated_at = ? WHERE id = ? AND effort_id IS NULL")
                        .params(effortId, Timestamp.from(now), ideaId)
                        .update()
                == 1;
    }

    private static LocalDate date(Timestamp t) {
        return t.toInstant().atZone(Ideas.STOCKHOLM).toLocalDate();
    }
}
