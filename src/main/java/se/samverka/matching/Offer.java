package se.samverka.matching;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.UUID;

/** A task offered to one volunteer. */
record Offer(UUID id, UUID requestId, UUID volunteerId, OfferStatus status, Instant offeredAt) {

    static Offer map(ResultSet rs, int i) throws SQLException {
        return new Offer(
                rs.getObject("id", UUID.class),
                rs.getObject("request_id", UUID.class),
                rs.getObject("volunteer_id", UUID.class),
                OfferStatus.valueOf(rs.getString("status")),
                rs.getTimestamp("offered_at").toInstant());
    }
}
