package se.samverka.safetypoint;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import se.samverka.situation.SituationFigure;
import se.samverka.situation.SituationPeriod;
import se.samverka.situation.SituationSection;

/**
 * The safety points in the situation report (issue 17 point 5): per district how many are open, full and closed when
 * the report is made, how many volunteers are checked in there now, and the hours checked in during the period.
 */
@Component
class SafetyPointSection implements SituationSection {

    static final List<String> MEASURES = List.of("POINTS_OPEN", "POINTS_FULL", "POINTS_CLOSED", "CHECKED_IN", "HOURS");

    private final JdbcClient jdbc;

    SafetyPointSection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String key() {
        return "safety-points";
    }

    @Override
    public int order() {
        return 60;
    }

    @Override
    public List<String> measures() {
        return MEASURES;
    }

    @Override
    public List<SituationFigure> figures(SituationPeriod period) {
        var rows = new TreeMap<String, BigDecimal[]>();
        jdbc.sql("SELECT district_id, status, COUNT(*) FROM safety_point GROUP BY district_id, status")
                .query(rs -> {
                    var column = "POINTS_" + rs.getString(2);
                    add(rows, rs.getString(1), column, BigDecimal.valueOf(rs.getLong(3)));
                });
        jdbc.sql("""
				SELECT p.district_id, COUNT(*) FROM safety_point_checkin c JOIN safety_point p ON p.id = c.safety_point_id
				WHERE c.checked_out_at IS NULL AND c.checked_in_at <= ? GROUP BY p.district_id""").param(Timestamp.from(period.to())).query(rs -> {
            add(rows, rs.getString(1), "CHECKED_IN", BigDecimal.valueOf(rs.getLong(2)));
        });
        jdbc.sql("""
				SELECT p.district_id, c.checked_in_at, c.checked_out_at FROM safety_point_checkin c
				JOIN safety_point p ON p.id = c.safety_point_id
				WHERE c.checked_in_at < ? AND (c.checked_out_at IS NULL OR c.checked_out_at > ?)""")
                .params(Timestamp.from(period.to()), Timestamp.from(period.from()))
                .query(rs -> {
                    var in = later(rs.getTimestamp(2).toInstant(), period.from());
                    var outAt = rs.getTimestamp(3);
                    var out = outAt == null || outAt.toInstant().isAfter(period.to()) ? period.to() : outAt.toInstant();
                    var hours = BigDecimal.valueOf(Duration.between(in, out).toMinutes())
                            .divide(BigDecimal.valueOf(60), 1, RoundingMode.HALF_UP);
                    add(rows, rs.getString(1), "HOURS", hours);
                });
        var figures = new ArrayList<SituationFigure>();
        rows.forEach((district, values) -> {
            for (int i = 0; i < MEASURES.size(); i++) {
                figures.add(new SituationFigure(district, "", MEASURES.get(i), values[i]));
            }
        });
        return figures;
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static void add(Map<String, BigDecimal[]> rows, String district, String measure, BigDecimal value) {
        var index = MEASURES.indexOf(measure);
        if (index < 0) {
            return;
        }
        var row = rows.computeIfAbsent(district, k -> {
            var zeros = new BigDecimal[MEASURES.size()];
            Arrays.fill(zeros, BigDecimal.ZERO);
            return zeros;
        });
        row[index] = row[index].add(value);
    }
}
