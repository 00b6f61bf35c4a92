package se.samverka.registerimport;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The imports and their staged rows. */
@Repository
class ImportRepository {

    private static final String ROW_COLUMNS = "line_no, outcome, reason, reason_arg, target_id, name, org_number,"
            + " email, phone, districts, form, website, purpose, languages, raw, result, group_id, group_name,"
            + " member_role, training_name, trained_on, training_expires";

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    ImportRepository(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    void insert(ImportSummary summary, List<StagedRow> rows) {
        jdbc.sql("INSERT INTO register_import (id, kind, file_name, uploaded_by, uploaded_at, language, status,"
                        + " row_count) VALUES (?, ?, ?, ?, ?, ?, 'PREVIEW', ?)")
                .params(
                        summary.id(),
                        summary.kind().name(),
                        summary.fileName(),
                        summary.uploadedBy(),
                        Timestamp.from(summary.uploadedAt()),
                        summary.language(),
                        rows.size())
                .update();
        var args = new ArrayList<Object[]>(rows.size());
        for (var r : rows) {
            var m = r.member();
            args.add(new Object[] {
                summary.id(),
                r.line(),
                r.outcome().name(),
                r.reason(),
                cut(r.reasonArg(), 100),
                r.targetId(),
                r.name(),
                r.orgNumber(),
                r.email(),
                r.phone(),
                cut(r.districts(), 1000),
                r.form(),
                r.website(),
                r.purpose(),
                cut(r.languages(), 200),
                r.raw(),
                m == null ? null : m.groupId(),
                m == null ? null : cut(m.groupName(), 120),
                m == null ? null : m.role(),
                m == null ? null : m.training(),
                m == null || m.trainedOn() == null ? null : java.sql.Date.valueOf(m.trainedOn()),
                m == null || m.expiresOn() == null ? null : java.sql.Date.valueOf(m.expiresOn())
            });
        }
        template.batchUpdate(
                "INSERT INTO register_import_row (import_id, " + ROW_COLUMNS.replace(" result,", "")
                        + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                args);
    }

    private static String cut(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }

    Optional<ImportSummary> find(UUID id) {
        return jdbc.sql("SELECT id, kind, file_name, uploaded_by, uploaded_at, language, status, confirmed_by,"
                        + " finished_at, row_count, processed FROM register_import WHERE id = ?")
                .param(id)
                .query((rs, i) -> new ImportSummary(
                        rs.getObject(1, UUID.class),
                        ImportKind.valueOf(rs.getString(2)),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getTimestamp(5).toInstant(),
                        rs.getString(6),
                        ImportStatus.valueOf(rs.getString(7)),
                        rs.getString(8),
                        rs.getTimestamp(9) == null ? null : rs.getTimestamp(9).toInstant(),
                        rs.getInt(10),
                        rs.getInt(11),
                        counts(rs.getObject(1, UUID.class))))
                .optional();
    }

    /** The latest imports, newest first. */
    List<ImportSummary> recent(int limit) {
        return jdbc
                .sql("SELECT id FROM register_import ORDER BY uploaded_at DESC, id LIMIT ?")
                .param(limit)
                .query(UUID.class)
                .list()
                .stream()
                .flatMap(id -> find(id).stream())
                .toList();
    }

    private Map<Outcome, Integer> counts(UUID id) {
        var counts = new EnumMap<Outcome, Integer>(Outcome.class);
        for (var o : Outcome.values()) {
            counts.put(o, 0);
        }
        jdbc.sql("SELECT outcome, COUNT(*) FROM register_import_row WHERE import_id = ? GROUP BY outcome")
                .param(id)
                .query(rs -> {
                    counts.put(Outcome.valueOf(rs.getString(1)), rs.getInt(2));
                });
        return counts;
    }

    List<StagedRow> rows(UUID id, Outcome outcome, int offset, int limit) {
        return jdbc.sql("SELECT " + ROW_COLUMNS + " FROM register_import_row WHERE import_id = :id"
                        + (outcome == null ? "" : " AND outcome = :outcome")
                        + " ORDER BY line_no LIMIT :limit OFFSET :offset")
                .param("id", id)
                .param("outcome", outcome == null ? null : outcome.name())
                .param("limit", limit)
                .param("offset", offset)
                .query(ImportRepository::row)
                .list();
    }

    List<StagedRow> all(UUID id) {
        return rows(id, null, 0, Integer.MAX_VALUE);
    }

    private static StagedRow row(ResultSet rs, int i) throws SQLException {
        return new StagedRow(
                rs.getInt(1),
                Outcome.valueOf(rs.getString(2)),
                rs.getString(3),
                rs.getString(4),
                rs.getObject(5, UUID.class),
                rs.getString(6),
                rs.getString(7),
                rs.getString(8),
                rs.getString(9),
                rs.getString(10),
                rs.getString(11),
                rs.getString(12),
                rs.getString(13),
                rs.getString(14),
                rs.getString(15),
                rs.getString(16),
                member(rs));
    }

    private static MemberRow member(ResultSet rs) throws SQLException {
        var group = rs.getObject(17, UUID.class);
        if (group == null) {
            return null;
        }
        var trained = rs.getDate(21);
        var expires = rs.getDate(22);
        return new MemberRow(
                group,
                rs.getString(18),
                MemberRow.leader(rs.getString(19)),
                rs.getString(20),
                trained == null ? null : trained.toLocalDate(),
                expires == null ? null : expires.toLocalDate());
    }

    /** PREVIEW to QUEUED, once: false when someone confirmed it already. */
    boolean confirm(UUID id, String staff, Instant at) {
        return jdbc.sql("UPDATE register_import SET status = 'QUEUED', confirmed_by = ?, confirmed_at = ?"
                                + " WHERE id = ? AND status = 'PREVIEW'")
                        .params(staff, Timestamp.from(at), id)
                        .update()
                == 1;
    }

    /** QUEUED (or RUNNING again after a crash, whose writes were rolled back) to RUNNING. */
    boolean start(UUID id) {
        return jdbc.sql("UPDATE register_import SET status = 'RUNNING', processed = 0"
                                + " WHERE id = ? AND status IN ('QUEUED', 'RUNNING')")
                        .param(id)
                        .update()
                == 1;
    }

    void progress(UUID id, int processed) {
        jdbc.sql("UPDATE register_import SET processed = ? WHERE id = ?")
                .params(processed, id)
                .update();
    }

    void finish(UUID id, ImportStatus status, Instant at) {
        jdbc.sql("UPDATE register_import SET status = ?, finished_at = ? WHERE id = ?")
                .params(status.name(), Timestamp.from(at), id)
                .update();
    }

    void results(UUID id, List<Object[]> lineAndResultAndTarget) {
        var args = lineAndResultAndTarget.stream()
                .map(a -> new Object[] {a[1], a[2], id, a[0]})
                .toList();
        template.batchUpdate(
                "UPDATE register_import_row SET result = ?, target_id = COALESCE(?, target_id)"
                        + " WHERE import_id = ? AND line_no = ?",
                args);
    }

    int deleteUploadedBefore(Instant cutoff, int limit) {
        var ids = jdbc.sql("SELECT id FROM register_import WHERE uploaded_at < ? AND status IN ('PREVIEW', 'DONE',"
                        + " 'FAILED') ORDER BY uploaded_at LIMIT ?")
                .params(Timestamp.from(cutoff), limit)
                .query(UUID.class)
                .list();
        if (ids.isEmpty()) {
            return 0;
        }
        return jdbc.sql("DELETE FROM register_import WHERE id IN (:ids)")
                .param("ids", ids)
                .update();
    }
}
