package se.samverka.account;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code second_factor} row of a staff account: its code address and its one live code (as a hash). */
@Repository
class SecondFactorRepository {

    /** The stored state of an account's code; the hash and expiry are null when no code is live. */
    record CodeState(String codeHash, Instant expiresAt, int failedAttempts, int codesSent, Instant windowStartedAt) {}

    private final JdbcClient jdbc;

    SecondFactorRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The address set for the account's codes, if one was set (else the username is used when it is an address). */
    Optional<String> email(UUID accountId) {
        return jdbc.sql("SELECT email FROM second_factor WHERE account_id = ? AND email IS NOT NULL")
                .param(accountId)
                .query(String.class)
                .optional();
    }

    /** Sets the address; false when it already was this one. */
    boolean setEmail(UUID accountId, String email) {
        ensureRow(accountId);
        return jdbc.sql("UPDATE second_factor SET email = ? WHERE account_id = ? AND (email IS NULL OR email <> ?)")
                        .params(email, accountId, email)
                        .update()
                == 1;
    }

    /** The row, locked for the rest of the transaction so that two requests do not both count or both verify. */
    CodeState lock(UUID accountId) {
        ensureRow(accountId);
        return jdbc.sql("SELECT code_hash, code_expires_at, failed_attempts, codes_sent, window_started_at"
                        + " FROM second_factor WHERE account_id = ? FOR UPDATE")
                .param(accountId)
                .query((rs, i) -> new CodeState(
                        rs.getString("code_hash"),
                        instant(rs.getTimestamp("code_expires_at")),
                        rs.getInt("failed_attempts"),
                        rs.getInt("codes_sent"),
                        instant(rs.getTimestamp("window_started_at"))))
                .single();
    }

    /** A new code replaces the old one; the count of codes sent in the window goes with it. */
    void storeCode(UUID accountId, String codeHash, Instant expiresAt, int codesSent, Instant windowStartedAt) {
        jdbc.sql("UPDATE second_factor SET code_hash = ?, code_expires_at = ?, failed_attempts = 0, codes_sent = ?,"
                        + " window_started_at = ? WHERE account_id = ?")
                .params(codeHash, Timestamp.from(expiresAt), codesSent, Timestamp.from(windowStartedAt), accountId)
                .update();
    }

    void countFailure(UUID accountId) {
        jdbc.sql("UPDATE second_factor SET failed_attempts = failed_attempts + 1 WHERE account_id = ?")
                .param(accountId)
                .update();
    }

    /** Uses the code up: once used it can never count again. */
    void clearCode(UUID accountId) {
        jdbc.sql("UPDATE second_factor SET code_hash = NULL, code_expires_at = NULL, failed_attempts = 0"
                        + " WHERE account_id = ?")
                .param(accountId)
                .update();
    }

    /** PostgreSQL's upsert, which H2 understands in its PostgreSQL mode (the demo). */
    private void ensureRow(UUID accountId) {
        jdbc.sql("INSERT INTO second_factor (account_id) VALUES (?) ON CONFLICT DO NOTHING")
                .param(accountId)
                .update();
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
