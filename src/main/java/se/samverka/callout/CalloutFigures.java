package se.samverka.callout;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The call-outs' figures for a dashboard, each one aggregate query over the module's own tables (nothing is read row
 * by row to be counted): open needs by urgency, places asked for and filled per day, how long filling took, and
 * whom a week's needs engage.
 */
@Service
@Transactional(readOnly = true)
public class CalloutFigures {

    private final JdbcClient jdbc;

    CalloutFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Needs still being asked for and the places they still lack. */
    public record OpenNeeds(long needs, long placesOpen) {}

    /** Places asked for and filled by the needs of one day. */
    public record DayFill(long asked, long filled) {

        /** Filled of asked in whole percent, or null when nothing was asked. */
        public Integer percent() {
            return asked == 0 ? null : (int) Math.round(100.0 * filled / asked);
        }
    }

    /** How many yeses, and the median and 90th percentile of the time from call-out to yes (null without any). */
    public record TimeToFill(long filled, Duration median, Duration p90) {}

    /** The active call-outs per urgency (every urgency present, zeros included). */
    public Map<Urgency, OpenNeeds> openByUrgency() {
        var result = new EnumMap<Urgency, OpenNeeds>(Urgency.class);
        for (var urgency : Urgency.values()) {
            result.put(urgency, new OpenNeeds(0, 0));
        }
        jdbc.sql("""
				SELECT urgency, COUNT(*), COALESCE(SUM(people_needed - accepted), 0) FROM callout
				WHERE status = 'ACTIVE' GROUP BY urgency""").query(rs -> {
            result.put(Urgency.valueOf(rs.getString(1)), new OpenNeeds(rs.getLong(2), rs.getLong(3)));
        });
        return result;
    }

    /**
     * Per day from {@code first} to {@code last}: the places every call-out for a need on that day asked for, and how
     * many of them were filled (stopped call-outs included: what they did not fill stays unfilled). Every day present.
     */
    public Map<LocalDate, DayFill> fillByDay(LocalDate first, LocalDate last) {
        var result = new TreeMap<LocalDate, DayFill>();
        for (var day = first; !day.isAfter(last); day = day.plusDays(1)) {
            result.put(day, new DayFill(0, 0));
        }
        jdbc.sql("""
				SELECT need_date, SUM(people_needed), SUM(accepted) FROM callout
				WHERE need_date BETWEEN ? AND ? GROUP BY need_date""").params(Date.valueOf(first), Date.valueOf(last)).query(rs -> {
            result.put(rs.getDate(1).toLocalDate(), new DayFill(rs.getLong(2), rs.getLong(3)));
        });
        return result;
    }

    /**
     * Every yes given from {@code from} (inclusive) to {@code before}: the time from its call-out's start to the
     * yes, as the median and the 90th percentile (the smallest time at least that share of yeses took no longer than).
     */
    public TimeToFill timeToFill(Instant from, Instant before) {
        return jdbc.sql("""
				SELECT COUNT(*),
				  PERCENTILE_DISC(0.5) WITHIN GROUP (ORDER BY t.seconds),
				  PERCENTILE_DISC(0.9) WITHIN GROUP (ORDER BY t.seconds)
				FROM (SELECT CAST(EXTRACT(EPOCH FROM a.answered_at) - EXTRACT(EPOCH FROM c.started_at) AS BIGINT) seconds
				      FROM callout_ask a JOIN callout c ON c.id = a.callout_id
				      WHERE a.status = 'ACCEPTED' AND a.answered_at >= ? AND a.answered_at < ?) t""")
                .params(Timestamp.from(from), Timestamp.from(before))
                .query((rs, i) -> new TimeToFill(rs.getLong(1), seconds(rs.getObject(2)), seconds(rs.getObject(3))))
                .single();
    }

    private static Duration seconds(Object value) {
        return value == null ? null : Duration.ofSeconds(((Number) value).longValue());
    }

    /** Volunteers who said yes to a need dated from {@code first} to {@code last}: engaged on those days. */
    public Set<UUID> engaged(LocalDate first, LocalDate last) {
        var result = new HashSet<UUID>();
        jdbc.sql("""
				SELECT DISTINCT a.volunteer_id FROM callout_ask a JOIN callout c ON c.id = a.callout_id
				WHERE a.status = 'ACCEPTED' AND c.need_date BETWEEN ? AND ?""").params(Date.valueOf(first), Date.valueOf(last)).query(rs -> {
            result.add(rs.getObject(1, UUID.class));
        });
        return result;
    }
}
