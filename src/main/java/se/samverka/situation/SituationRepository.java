package se.samverka.situation;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class SituationRepository {

    private static final String COLUMNS =
            "id, crisis_id, crisis_name, period_from, period_to, generated_at, generated_by, trigger_kind";

    private final JdbcClient jdbc;

    SituationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores the report and its figures; a second daily report of the crisis on the same day breaks the unique key. */
    void insert(Report r, LocalDate dailyOn, List<SituationRecord> figures) {
        jdbc.sql("INSERT INTO situation_report (" + COLUMNS + ", daily_on) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        r.id(),
                        r.crisisId(),
                        r.crisisName(),
                        Timestamp.from(r.periodFrom()),
                        Timestamp.from(r.periodTo()),
                        Timestamp.from(r.generatedAt()),
                        r.generatedBy(),
                        r.trigger().name(),
                        dailyOn == null ? null : Date.valueOf(dailyOn))
                .update();
        for (var f : figures) {
            jdbc.sql("INSERT INTO situation_figure (report_id, section, district_id, item_key, measure, figure)"
                            + " VALUES (?, ?, ?, ?, ?, ?)")
                    .params(
                            r.id(),
                            f.section(),
                            f.figure().districtId(),
                            f.figure().itemKey(),
                            f.figure().measure(),
                            f.figure().value())
                    .update();
        }
    }

    Optional<Report> find(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM situation_report WHERE id = ?")
                .param(id)
                .query(SituationRepository::map)
                .optional();
    }

    /** The crisis' latest report made before the instant. */
    Optional<Report> latestBefore(UUID crisisId, java.time.Instant before) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM situation_report WHERE crisis_id = ? AND generated_at < ?"
                        + " ORDER BY generated_at DESC, period_to DESC LIMIT 1")
                .params(crisisId, Timestamp.from(before))
                .query(SituationRepository::map)
                .optional();
    }

    /** The crisis' latest report. */
    Optional<Report> latest(UUID crisisId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM situation_report WHERE crisis_id = ?"
                        + " ORDER BY generated_at DESC, period_to DESC LIMIT 1")
                .param(crisisId)
                .query(SituationRepository::map)
                .optional();
    }

    List<Report> page(int offset, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM situation_report ORDER BY generated_at DESC, id LIMIT ? OFFSET ?")
                .params(limit, offset)
                .query(SituationRepository::map)
                .list();
    }

    int count() {
        return jdbc.sql("SELECT COUNT(*) FROM situation_report")
                .query(Integer.class)
                .single();
    }

    List<SituationRecord> figures(UUID reportId) {
        return jdbc.sql("SELECT section, district_id, item_key, measure, figure FROM situation_figure"
                        + " WHERE report_id = ?")
                .param(reportId)
                .query((rs, i) -> new SituationRecord(
                        rs.getString(1),
                        new SituationFigure(
                                rs.getString(2), rs.getString(3), rs.getString(4), rs.getObject(5, BigDecimal.class))))
                .list();
    }

    private static Report map(ResultSet rs, int i) throws SQLException {
        return new Report(
                rs.getObject(1, UUID.class),
                rs.getObject(2, UUID.class),
                rs.getString(3),
                rs.getTimestamp(4).toInstant(),
                rs.getTimestamp(5).toInstant(),
                rs.getTimestamp(6).toInstant(),
                rs.getString(7),
                Report.Trigger.valueOf(rs.getString(8)));
    }
}
