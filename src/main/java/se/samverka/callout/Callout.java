package se.samverka.callout;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;
import se.samverka.shared.HelpKind;

/**
 * A call-out as stored. A hand-picked one asks exactly the volunteers a coordinator chose, in one wave, and no
 * more after it.
 */
public record Callout(
        UUID id,
        SubjectType subjectType,
        UUID subjectId,
        String title,
        HelpKind kind,
        String districtId,
        LocalDate date,
        LocalTime from,
        LocalTime to,
        String language,
        int peopleNeeded,
        int accepted,
        int factor,
        int extraAsks,
        boolean allDistricts,
        Urgency urgency,
        CalloutStatus status,
        int waves,
        String startedBy,
        Instant startedAt,
        Instant endedAt,
        String endReason,
        int safeguardingLevel,
        boolean handPicked) {

    static final String COLUMNS = """
			id, subject_type, subject_id, title, kind, district_id, need_date, time_from, time_to, language,
			people_needed, accepted, factor, extra_asks, all_districts, urgency, status, waves, started_by,
			started_at, ended_at, end_reason, safeguarding_level, hand_picked""";

    static Callout map(ResultSet rs, int i) throws SQLException {
        var to = rs.getObject("time_to", LocalTime.class);
        var ended = rs.getTimestamp("ended_at");
        return new Callout(
                rs.getObject("id", UUID.class),
                SubjectType.valueOf(rs.getString("subject_type")),
                rs.getObject("subject_id", UUID.class),
                rs.getString("title"),
                HelpKind.valueOf(rs.getString("kind")),
                rs.getString("district_id"),
                rs.getObject("need_date", LocalDate.class),
                rs.getObject("time_from", LocalTime.class),
                to,
                rs.getString("language"),
                rs.getInt("people_needed"),
                rs.getInt("accepted"),
                rs.getInt("factor"),
                rs.getInt("extra_asks"),
                rs.getBoolean("all_districts"),
                Urgency.valueOf(rs.getString("urgency")),
                CalloutStatus.valueOf(rs.getString("status")),
                rs.getInt("waves"),
                rs.getString("started_by"),
                rs.getTimestamp("started_at").toInstant(),
                ended == null ? null : ended.toInstant(),
                rs.getString("end_reason"),
                rs.getInt("safeguarding_level"),
                rs.getBoolean("hand_picked"));
    }

    public Need need() {
        return new Need(kind, districtId, date, from, to, language, peopleNeeded, safeguardingLevel);
    }

    public boolean isActive() {
        return status == CalloutStatus.ACTIVE;
    }

    /** People still needed. */
    public int stillNeeded() {
        return peopleNeeded - accepted;
    }

    /** How many asks this call-out may make in all before a coordinator widens it. */
    public int askLimit() {
        return peopleNeeded * factor + extraAsks;
    }
}
