package se.samverka.callout;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.UUID;
import se.samverka.volunteer.ContactChannel;

/** One volunteer asked in a call-out. */
public record CalloutAsk(
        UUID id,
        UUID calloutId,
        UUID volunteerId,
        int wave,
        ContactChannel channel,
        AskStatus status,
        Instant askedAt,
        Instant answeredAt,
        Instant stoodDownAt) {

    static final String COLUMNS =
            "id, callout_id, volunteer_id, wave, channel, status, asked_at, answered_at, stood_down_at";

    static CalloutAsk map(ResultSet rs, int i) throws SQLException {
        var answered = rs.getTimestamp("answered_at");
        var stoodDown = rs.getTimestamp("stood_down_at");
        return new CalloutAsk(
                rs.getObject("id", UUID.class),
                rs.getObject("callout_id", UUID.class),
                rs.getObject("volunteer_id", UUID.class),
                rs.getInt("wave"),
                ContactChannel.valueOf(rs.getString("channel")),
                AskStatus.valueOf(rs.getString("status")),
                rs.getTimestamp("asked_at").toInstant(),
                answered == null ? null : answered.toInstant(),
                stoodDown == null ? null : stoodDown.toInstant());
    }
}
