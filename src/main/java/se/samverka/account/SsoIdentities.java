package se.samverka.account;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Staff accounts linked to a person at the municipality's identity provider, keyed by issuer and subject. */
@Repository
class SsoIdentities {

    private final JdbcClient jdbc;

    SsoIdentities(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The account linked to this person at this issuer. */
    Optional<SamverkaUser> accountOf(String issuer, String subject) {
        return jdbc.sql("""
				SELECT a.id, a.username, a.role, a.display_name, a.enabled FROM account_sso_identity s
				JOIN account a ON a.id = s.account_id WHERE s.issuer = ? AND s.subject = ?""")
                .params(issuer, subject)
                .query((rs, i) -> new SamverkaUser(
                        rs.getObject("id", UUID.class),
                        rs.getString("username"),
                        null,
                        Role.valueOf(rs.getString("role")),
                        rs.getString("display_name"),
                        rs.getBoolean("enabled")))
                .optional();
    }

    /** Any account with this username, linked or not. */
    boolean usernameTaken(String username) {
        return jdbc.sql("SELECT COUNT(*) FROM account WHERE username = ?")
                        .param(username)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    /** A new staff account without a password, linked to the person, signed in now. */
    void create(UUID id, String issuer, String subject, String username, Role role, String displayName, Instant now) {
        jdbc.sql("""
				INSERT INTO account (id, username, password_hash, role, display_name, locale, enabled, created_at,
				  last_sign_in_at, sso)
				VALUES (?, ?, NULL, ?, ?, 'sv', TRUE, ?, ?, TRUE)""")
                .params(id, username, role.name(), displayName, Timestamp.from(now), Timestamp.from(now))
                .update();
        jdbc.sql("INSERT INTO account_sso_identity (issuer, subject, account_id, linked_at) VALUES (?, ?, ?, ?)")
                .params(issuer, subject, id, Timestamp.from(now))
                .update();
    }

    /** The name and role the provider says now, and the sign-in. */
    void update(UUID id, Role role, String displayName, Instant now) {
        jdbc.sql("UPDATE account SET role = ?, display_name = ?, last_sign_in_at = ? WHERE id = ? AND sso")
                .params(role.name(), displayName, Timestamp.from(now), id)
                .update();
    }

    /** The account as it signs in: enabled, with any role (a volunteer signing in with e-ID). */
    Optional<SamverkaUser> findById(UUID id) {
        return jdbc.sql("SELECT id, username, password_hash, role, display_name, enabled FROM account WHERE id = ?")
                .param(id)
                .query((rs, i) -> new SamverkaUser(
                        rs.getObject("id", UUID.class),
                        rs.getString("username"),
                        rs.getString("password_hash"),
                        Role.valueOf(rs.getString("role")),
                        rs.getString("display_name"),
                        rs.getBoolean("enabled")))
                .optional();
    }
}
