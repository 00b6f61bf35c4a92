package se.samverka.eid;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class EidRepository {

    private final JdbcClient jdbc;

    EidRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<UUID> accountOf(String hash) {
        return jdbc.sql("SELECT account_id FROM eid_identity WHERE identity_hash = ?")
                .param(hash)
                .query(UUID.class)
                .optional();
    }

    Optional<String> hashOf(UUID accountId) {
        return jdbc.sql("SELECT identity_hash FROM eid_identity WHERE account_id = ?")
                .param(accountId)
                .query(String.class)
                .optional();
    }

    Optional<Instant> verifiedAt(UUID accountId) {
        return jdbc.sql("SELECT verified_at FROM eid_identity WHERE account_id = ?")
                .param(accountId)
                .query(Timestamp.class)
                .optional()
                .map(Timestamp::toInstant);
    }

    /** Fails with a duplicate key when another account has the identity: the database is the last guard. */
    void insert(UUID accountId, String hash, Instant now) {
        jdbc.sql("INSERT INTO eid_identity (account_id, identity_hash, verified_at) VALUES (?, ?, ?)")
                .params(accountId, hash, Timestamp.from(now))
                .update();
    }

    void verifiedAgain(UUID accountId, Instant now) {
        jdbc.sql("UPDATE eid_identity SET verified_at = ? WHERE account_id = ?")
                .params(Timestamp.from(now), accountId)
                .update();
    }

    int delete(UUID accountId) {
        return jdbc.sql("DELETE FROM eid_identity WHERE account_id = ?")
                .param(accountId)
                .update();
    }
}
