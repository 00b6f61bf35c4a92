package se.samverka.api;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.samverka.audit.AuditAction;
import se.samverka.audit.AuditLog;
import se.samverka.shared.PersonRef;

/**
 * An organisation's API keys: 32 random bytes shown once when created, kept only as their SHA-256, revoked at once.
 * Creating and revoking a key are written to the audit log under the member who did it.
 */
@Service
public class ApiKeys {

    /** Every key starts with this, so that a leaked key is easy to recognise (secret scanners, logs). */
    static final String PREFIX = "samv_";

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;

    ApiKeys(JdbcClient jdbc, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /** One key as its organisation's page lists it: never the key itself. */
    public record ApiKey(
            UUID id,
            String name,
            String prefix,
            Instant createdAt,
            String createdBy,
            Instant lastUsedAt,
            Instant revokedAt) {

        public boolean active() {
            return revokedAt == null;
        }
    }

    /** A key just created: {@code secret} is shown this once and never again. */
    public record Created(UUID id, String secret) {}

    @Transactional
    public Created create(UUID organisationId, String name, UUID accountId, String username) {
        var bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        var secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        var id = UUID.randomUUID();
        jdbc.sql("""
				INSERT INTO api_key (id, organisation_id, name, key_hash, prefix, created_by, created_at)
				VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        id,
                        organisationId,
                        name.strip(),
                        hash(secret),
                        secret.substring(0, 12),
                        username,
                        Timestamp.from(clock.instant()))
                .update();
        audit.record(
                AuditAction.CHANGE,
                PersonRef.account(accountId),
                "api-key.create",
                "organisation " + organisationId + ", key " + id);
        return new Created(id, secret);
    }

    /** Revokes the organisation's key; the next request with it is refused. Returns whether it was active. */
    @Transactional
    public boolean revoke(UUID organisationId, UUID keyId, UUID accountId, String username) {
        var changed = jdbc.sql("""
				UPDATE api_key SET revoked_at = ?, revoked_by = ?
				WHERE id = ? AND organisation_id = ? AND revoked_at IS NULL""")
                        .params(Timestamp.from(clock.instant()), username, keyId, organisationId)
                        .update()
                > 0;
        if (changed) {
            audit.record(
                    AuditAction.CHANGE,
                    PersonRef.account(accountId),
                    "api-key.revoke",
                    "organisation " + organisationId + ", key " + keyId);
        }
        return changed;
    }

    @Transactional(readOnly = true)
    public List<ApiKey> of(UUID organisationId) {
        return jdbc.sql("""
				SELECT id, name, prefix, created_at, created_by, last_used_at, revoked_at FROM api_key
				WHERE organisation_id = ? ORDER BY created_at DESC""")
                .param(organisationId)
                .query((rs, i) -> new ApiKey(
                        rs.getObject(1, UUID.class),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getTimestamp(4).toInstant(),
                        rs.getString(5),
                        rs.getTimestamp(6) == null ? null : rs.getTimestamp(6).toInstant(),
                        rs.getTimestamp(7) == null ? null : rs.getTimestamp(7).toInstant()))
                .list();
    }

    /** The client a presented key stands for, when it is an active key; notes when it was last used. */
    @Transactional
    Optional<ApiClient> authenticate(String secret) {
        if (secret == null || !secret.startsWith(PREFIX) || secret.length() > 100) {
            return Optional.empty();
        }
        var client = jdbc.sql("SELECT id, organisation_id, name FROM api_key WHERE key_hash = ? AND revoked_at IS NULL")
                .param(hash(secret))
                .query((rs, i) ->
                        new ApiClient(rs.getObject(2, UUID.class), rs.getObject(1, UUID.class), rs.getString(3)))
                .optional();
        client.ifPresent(c -> jdbc.sql("UPDATE api_key SET last_used_at = ? WHERE id = ?")
                .params(Timestamp.from(clock.instant()), c.keyId())
                .update());
        return client;
    }

    static String hash(String secret) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
