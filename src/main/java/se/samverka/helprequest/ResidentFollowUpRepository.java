package se.samverka.helprequest;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ResidentFollowUpRepository {

    private final JdbcClient jdbc;

    ResidentFollowUpRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Whether the question was new: a request is asked once. */
    boolean insertIfNew(UUID requestId, String phone, Instant at) {
        return jdbc.sql("""
				INSERT INTO resident_followup (request_id, phone, asked_at) VALUES (?, ?, ?)
				ON CONFLICT DO NOTHING""").params(requestId, phone, Timestamp.from(at)).update() == 1;
    }

    Optional<ResidentFollowUp> find(UUID requestId) {
        return jdbc.sql(
                        "SELECT request_id, phone, asked_at, answer, answered_at FROM resident_followup WHERE request_id = ?")
                .param(requestId)
                .query((rs, n) -> new ResidentFollowUp(
                        rs.getObject("request_id", UUID.class),
                        rs.getString("phone"),
                        rs.getTimestamp("asked_at").toInstant(),
                        rs.getString("answer"),
                        rs.getTimestamp("answered_at") == null
                                ? null
                                : rs.getTimestamp("answered_at").toInstant()))
                .optional();
    }

    /** The newest unanswered question sent to the number. */
    Optional<UUID> openFor(String phone) {
        return jdbc.sql("""
				SELECT request_id FROM resident_followup WHERE phone = ? AND answer IS NULL
				ORDER BY asked_at DESC LIMIT 1""").param(phone).query(UUID.class).optional();
    }

    /** Records the answer unless one was recorded before; returns whether this call recorded it. */
    boolean answer(UUID requestId, String answer, Instant at) {
        return jdbc.sql(
                                "UPDATE resident_followup SET answer = ?, answered_at = ? WHERE request_id = ? AND answer IS NULL")
                        .params(answer, Timestamp.from(at), requestId)
                        .update()
                == 1;
    }
}
