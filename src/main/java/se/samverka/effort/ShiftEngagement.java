package se.samverka.effort;

import java.sql.Date;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import se.samverka.callout.EngagedVolunteers;
import se.samverka.shared.MunicipalTime;

/** Volunteers confirmed on a shift on a day of the span (not cancelled): engaged, so a crisis' end thanks them. */
@Component
class ShiftEngagement implements EngagedVolunteers {

    private final JdbcClient jdbc;

    ShiftEngagement(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Set<UUID> engagedBetween(Instant from, Instant to) {
        return new HashSet<>(jdbc.sql("""
				SELECT DISTINCT g.volunteer_id FROM effort_signup g JOIN effort_shift s ON s.id = g.shift_id
				WHERE g.status = 'CONFIRMED' AND s.status <> 'CANCELLED' AND s.shift_date BETWEEN ? AND ?""")
                .params(
                        Date.valueOf(from.atZone(MunicipalTime.ZONE).toLocalDate()),
                        Date.valueOf(to.atZone(MunicipalTime.ZONE).toLocalDate()))
                .query(UUID.class)
                .list());
    }
}
