package se.samverka.account;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class AccountRepository {

    private static final String COLUMNS = "id, username, password_hash, role, display_name, enabled";

    private final JdbcClient jdbc;

    AccountRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<SamverkaUser> findByUsername(String username) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM account WHERE username = ?")
                .param(username)
                .query((rs, i) -> new SamverkaUser(
                        rs.getObject("id", UUID.class),
                        rs.getString("username"),
                        rs.getString("password_hash"),
                        Role.valueOf(rs.getString("role")),
                        rs.getString("display_name"),
                        rs.getBoolean("enabled")))
                .optional();
    }

    java.util.List<String> displayNamesWithRole(Role role) {
        return jdbc.sql("SELECT display_name FROM account WHERE role = ? AND enabled ORDER BY display_name")
                .param(role.name())
                .query(String.class)
                .list();
    }

    int countAdministrators() {
        return jdbc.sql("SELECT COUNT(*) FROM account WHERE role = 'ADMIN'")
                .query(Integer.class)
                .single();
    }

    Optional<String> localeOf(String username) {
        return jdbc.sql("SELECT locale FROM account WHERE username = ?")
                .param(username)
                .query(String.class)
                .optional();
    }

    void insert(
            UUID id, String username, String passwordHash, Role role, String displayName, String locale, Instant now) {
        jdbc.sql("""
				INSERT INTO account (id, username, password_hash, role, display_name, locale, enabled, created_at)
				VALUES (?, ?, ?, ?, ?, ?, TRUE, ?)""")
                .params(id, username, passwordHash, role.name(), displayName, locale, java.sql.Timestamp.from(now))
                .update();
    }

    int update(UUID id, String username, String displayName, String locale) {
        return jdbc.sql("UPDATE account SET username = ?, display_name = ?, locale = ? WHERE id = ?")
                .params(username, displayName, locale, id)
                .update();
    }

    void delete(UUID id) {
        jdbc.sql("DELETE FROM one_time_tokens WHERE username = (SELECT username FROM account WHERE id = ?)")
                .param(id)
                .update();
        jdbc.sql("DELETE FROM account WHERE id = ?").param(id).update();
    }
}
