package se.samverka.resourcegroup;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.Duration;
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
 * The resource groups (FRG) in the situation report (issue 17 point 5): group call-outs started in the period, the
 * members who said yes, those on site when the report is made, and the hours between check-in and check-out of
 * turnouts that began in the period, per district of the call-out.
 */
@Component
class GroupSection implements SituationSection {

    static final List<String> MEASURES = List.of("GROUP_CALLOUTS", "YES", "ON_SITE", "HOURS");

    private final JdbcClient jdbc;

    GroupSection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String key() {
        return "resource-groups";
    }

    @Override
    public int order() {
        return 70;
    }

    @Override
    public List<String> measures() {
        return MEASURES;
    }

    @Override
    public List<SituationFigure> figures(SituationPeriod period) {
        var from = Timestamp.from(period.from());
        var to = Timestamp.from(period.to());
        var rows = new TreeMap<String, BigDecimal[]>();
        jdbc.sql("""
				SELECT district_id, COUNT(*) FROM resource_group_callout WHERE created_at >= ? AND created_at < ?
				GROUP BY district_id""").params(from, to).query(rs -> {
            row(rows, rs.getString(1))[0] = BigDecimal.valueOf(rs.getLong(2));
        });
        jdbc.sql("""
				SELECT c.district_id, t.accepted_at, t.checked_in_at, t.checked_out_at FROM resource_group_turnout t
				JOIN resource_group_callout c ON c.id = t.group_callout_id WHERE t.accepted_at >= ? AND t.accepted_at < ?""").params(from, to).query(rs -> {
            var row = row(rows, rs.getString(1));
            row[1] = row[1].add(BigDecimal.ONE);
            var in = rs.getTimestamp(3);
            var out = rs.getTimestamp(4);
            if (in != null && out == null) {
                row[2] = row[2].add(BigDecimal.ONE);
            }
            if (in != null && out != null) {
                row[3] = row[3].add(BigDecimal.valueOf(Duration.between(in.toInstant(), out.toInstant())
                                .toMinutes())
                        .divide(BigDecimal.valueOf(60), 1, RoundingMode.HALF_UP));
            }
        });
        var figures = new ArrayList<SituationFigure>();
        rows.forEach((district, values) -> {
            for (int i = 0; i < MEASURES.size(); i++) {
                figures.add(new SituationFigure(district, "", MEASURES.get(i), values[i]));
            }
        });
        return figures;
    }

    private static BigDecimal[] row(Map<String, BigDecimal[]> rows, String district) {
        return rows.computeIfAbsent(district, k -> {
            var zeros = new BigDecimal[MEASURES.size()];
            Arrays.fill(zeros, BigDecimal.ZERO);
            return zeros;
        });
    }
}
