package se.samverka.volunteer;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.samverka.shared.HelpKind;

/**
 * What every confirmed volunteer's askability, districts and pauses are, without contact details: for the call-out's
 * index kept in memory and for aggregate measures. Profiles are in {@link VolunteerQueries}.
 */
@Repository
class AskabilityQueries {

    private static final String CONFIRMED = "v.email_confirmed_at IS NOT NULL";

    private final JdbcClient jdbc;

    AskabilityQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** What decides whether every confirmed volunteer may be asked: no contact details, one query per table. */
    List<Askability> askabilityOfAll() {
        var children = VolunteerChildren.selectedBy(jdbc, "SELECT v.id FROM volunteer v WHERE " + CONFIRMED, Map.of());
        return jdbc.sql("""
				SELECT v.id, v.weekday_daytime, v.weekday_evening, v.weekend_daytime, v.weekend_evening, v.ask_frequency,
				       v.paused_until, v.quiet_from, v.quiet_to
				FROM volunteer v""" + " WHERE " + CONFIRMED)
                .query((rs, i) -> {
                    var id = rs.getObject("id", UUID.class);
                    var kindSet = new TreeSet<HelpKind>();
                    children.kindsOf(id).forEach(k -> kindSet.add(HelpKind.valueOf(k)));
                    var paused = rs.getDate("paused_until");
                    var quietFrom = rs.getTime("quiet_from");
                    var quietTo = rs.getTime("quiet_to");
                    return new Askability(
                            id,
                            children.districtsOf(id),
                            kindSet,
                            children.languagesOf(id),
                            new Availability(
                                    rs.getBoolean("weekday_daytime"),
                                    rs.getBoolean("weekday_evening"),
                                    rs.getBoolean("weekend_daytime"),
                                    rs.getBoolean("weekend_evening")),
                            AskFrequency.valueOf(rs.getString("ask_frequency")),
                            paused == null ? null : paused.toLocalDate(),
                            quietFrom == null || quietTo == null
                                    ? null
                                    : new QuietHours(quietFrom.toLocalTime(), quietTo.toLocalTime()));
                })
                .list();
    }

    int countConfirmedIn(Collection<String> districtIds) {
        if (districtIds.isEmpty()) {
            return 0;
        }
        return jdbc.sql("""
				SELECT COUNT(DISTINCT v.id) FROM volunteer v JOIN volunteer_district d ON d.volunteer_id = v.id
				WHERE v.email_confirmed_at IS NOT NULL AND d.district_id IN (:districts)""")
                .param("districts", districtIds)
                .query(Integer.class)
                .single();
    }

    /** Confirmed volunteers with their districts and whether they are paused on {@code day}. */
    Map<UUID, ReadyVolunteer> confirmed(LocalDate day) {
        var result = new HashMap<UUID, ReadyVolunteer>();
        jdbc.sql("SELECT id, paused_until FROM volunteer WHERE email_confirmed_at IS NOT NULL")
                .query(rs -> {
                    var paused = rs.getDate("paused_until");
                    result.put(
                            rs.getObject("id", UUID.class),
                            new ReadyVolunteer(new HashSet<>(), paused != null && day.isBefore(paused.toLocalDate())));
                });
        jdbc.sql("""
				SELECT d.volunteer_id, d.district_id FROM volunteer_district d JOIN volunteer v ON v.id = d.volunteer_id
				WHERE v.email_confirmed_at IS NOT NULL""").query(rs -> {
            var ready = result.get(rs.getObject(1, UUID.class));
            if (ready != null) {
                ready.districtIds().add(rs.getString(2));
            }
        });
        return result;
    }
}
