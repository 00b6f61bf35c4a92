package se.samverka.api;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Base64;
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
 * The municipality's read-only staff keys for the statistics: made by an administrator, shown once, kept as their
 * SHA-256, revoked at once; both audited. A staff key reaches only {@code /api/v1/staff/**}.
 */
@Service
class StaffApiKeys {

    /** Distinct from an organisation's {@code samv_}, so that the filter knows which table to ask. */
    static final String PREFIX = "samvs_";

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;

    StaffApiKeys(JdbcClient jdbc, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /** Who calls with a staff key. */
    record StaffClient(UUID keyId) {

        @Override
        public String toString() {
            return "staff-api-key:" + keyId;
        }
    }

    @Transactional
    ApiKeys.Created create(String name, UUID accountId, String username) {
        var bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        var secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        var id = UUID.randomUUID();
        jdbc.sql("""
				INSERT INTO staff_api_key (id, name, key_hash, prefix, created_by, created_at)
				VALUES (?, ?, ?, ?, ?, ?)""")
                .params(
                        id,
                        name.strip(),
                        ApiKeys.hash(secret),
                        secret.substring(0, 12),
                        username,
                        Timestamp.from(clock.instant()))
                .update();
        audit.record(AuditAction.CHANGE, PersonRef.account(accountId), "staff-api-key.create", "key " + id);
        return new ApiKeys.Created(id, secret);
    }

    @Transactional
    boolean revoke(UUID keyId, UUID accountId, String username) {
        var changed = jdbc.sql("""
				UPDATE staff_api_key SET revoked_at = ?, revoked_by = ? WHERE id = ? AND revoked_at IS NULL""")
                        .params(Timestamp.from(clock.instant()), username, keyId)
                        .update()
                > 0;
        if (changed) {
            audit.record(AuditAction.CHANGE, PersonRef.account(accountId), "staff-api-key.revoke", "key " + keyId);
        }
        return changed;
    }

    @Transactional(readOnly = true)
    List<ApiKeys.ApiKey> all() {
        return jdbc.sql("""
				SELECT id, name, prefix, created_at, created_by, last_used_at, revoked_at FROM staff_api_key
				ORDER BY created_at DESC""")
                .query((rs, i) -> new ApiKeys.ApiKey(
                        rs.getObject(1, UUID.class),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getTimestamp(4).toInstant(),
                        rs.getString(5),
                        rs.getTimestamp(6) == null ? null : rs.getTimestamp(6).toInstant(),
                        rs.getTimestamp(7) == null ? null : rs.getTimestamp(7).toInstant()))
                .list();
    }

    @Transactional
    Optional<StaffClient> authenticate(String secret) {
        if (secret == null || !secret.startsWith(PREFIX) || secret.length() > 100) {
            return Optional.empty();
        }
        var client = jdbc.sql("SELECT id FROM staff_api_key WHERE key_hash = ? AND revoked_at IS NULL")
                .param(ApiKeys.hash(secret))
                .query((rs, i) -> new StaffClient(rs.getObject(1, UUID.class)))
                .optional();
        client.ifPresent(c -> jdbc.sql("UPDATE staff_api_key SET last_used_at = ? WHERE id = ?")
                .params(Timestamp.from(clock.instant()), c.keyId())
                .update());
        return client;
    }
}
