package se.samverka.matching;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class OfferRepository {

    private final JdbcClient jdbc;

    OfferRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(UUID id, UUID requestId, UUID volunteerId, String tokenHash, Instant now) {
        jdbc.sql("""
				INSERT INTO offer (id, request_id, volunteer_id, token_hash, status, offered_at)
				VALUES (?, ?, ?, ?, 'PENDING', ?)""")
                .params(id, requestId, volunteerId, tokenHash, Timestamp.from(now))
                .update();
    }

    Optional<Offer> findByTokenHash(String tokenHash) {
        return jdbc.sql("SELECT id, request_id, volunteer_id, status, offered_at FROM offer WHERE token_hash = ?")
                .param(tokenHash)
                .query(Offer::map)
                .optional();
    }

    Optional<Offer> find(UUID id) {
        return jdbc.sql("SELECT id, request_id, volunteer_id, status, offered_at FROM offer WHERE id = ?")
                .param(id)
                .query(Offer::map)
                .optional();
    }

    List<Offer> forRequest(UUID requestId) {
        return jdbc.sql(
                        "SELECT id, request_id, volunteer_id, status, offered_at FROM offer WHERE request_id = ? ORDER BY offered_at")
                .param(requestId)
                .query(Offer::map)
                .list();
    }

    List<Offer> pendingFor(UUID volunteerId) {
        return jdbc.sql(
                        "SELECT id, request_id, volunteer_id, status, offered_at FROM offer WHERE volunteer_id = ? AND status = 'PENDING' ORDER BY offered_at")
                .param(volunteerId)
                .query(Offer::map)
                .list();
    }

    /** Moves an offer on from PENDING only; returns whether it did. */
    boolean answer(UUID id, OfferStatus to, Instant now) {
        return jdbc.sql("UPDATE offer SET status = ?, answered_at = ? WHERE id = ? AND status = 'PENDING'")
                        .params(to.name(), Timestamp.from(now), id)
                        .update()
                == 1;
    }

    java.util.List<UUID> requestIdsOf(UUID volunteerId) {
        return jdbc.sql("SELECT DISTINCT request_id FROM offer WHERE volunteer_id = ?")
                .param(volunteerId)
                .query(UUID.class)
                .list();
    }
}
