package se.samverka.resourcegroup;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The resource groups' figures for a period, per district of the call-out (the situation report reads them, issue 17
 * point 5): group call-outs started, members who said yes, those on site now, and the hours between check-in and
 * check-out of turnouts that began in the period.
 */
@Component
public class GroupFigures {

    /** One district's figures. */
    public record DistrictFigures(String districtId, long callouts, long yes, long onSite, BigDecimal hours) {}

    private final JdbcClient jdbc;

    GroupFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public List<DistrictFigures> between(Instant from, Instant to) {
        var rows = new TreeMap<String, long[]>();
        var hours = new TreeMap<String, BigDecimal>();
        jdbc.sql("""
				SELECT district_id, COUNT(*) FROM resource_group_callout WHERE created_at >= ? AND created_at < ?
				GROUP BY district_id""").params(Timestamp.from(from), Timestamp.from(to)).query(rs -> {
            row(rows, rs.getString(1))[0] = rs.getLong(2);
        });
        jdbc.sql("""
				SELECT c.district_id, t.checked_in_at, t.checked_out_at FROM resource_group_turnout t
				JOIN resource_group_callout c ON c.id = t.group_callout_id WHERE t.accepted_at >= ? AND t.accepted_at < ?""").params(Timestamp.from(from), Timestamp.from(to)).query(rs -> {
            var district = rs.getString(1);
            var row = row(rows, district);
            row[1]++;
            var in = rs.getTimestamp(2);
            var out = rs.getTimestamp(3);
            if (in != null && out == null) {
                row[2]++;
            }
            if (in != null && out != null) {
                hours.merge(
                        district,
                        BigDecimal.valueOf(Duration.between(in.toInstant(), out.toInstant())
                                        .toMinutes())
                                .divide(BigDecimal.valueOf(60), 1, RoundingMode.HALF_UP),
                        BigDecimal::add);
            }
        });
        var result = new ArrayList<DistrictFigures>();
        rows.forEach((district, v) -> result.add(
                new DistrictFigures(district, v[0], v[1], v[2], hours.getOrDefault(district, BigDecimal.ZERO))));
        return result;
    }

    private static long[] row(Map<String, long[]> rows, String district) {
        return rows.computeIfAbsent(district, k -> new long[3]);
    }
}
