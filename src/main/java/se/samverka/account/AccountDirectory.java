package se.samverka.account;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The account module's query API: other modules ask it for names, login names and languages of accounts instead
 * of joining the account table.
 */
@Service
public class AccountDirectory {

    private static final String COLUMNS = "SELECT id, username, display_name, locale FROM account";

    private final JdbcClient jdbc;

    AccountDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The accounts with these ids that exist, by id, in the order of display name and then username. */
    @Transactional(readOnly = true)
    public Map<UUID, AccountSummary> byIds(Collection<UUID> ids) {
        var found = new LinkedHashMap<UUID, AccountSummary>();
        var distinct = ids.stream().filter(id -> id != null).distinct().toList();
        if (distinct.isEmpty()) {
            return found;
        }
        jdbc.sql(COLUMNS + " WHERE id IN (:ids) ORDER BY display_name, username, id")
                .param("ids", distinct)
                .query(AccountDirectory::summary)
                .list()
                .forEach(a -> found.put(a.id(), a));
        return found;
    }

    @Transactional(readOnly = true)
    public Optional<AccountSummary> find(UUID id) {
        return id == null
                ? Optional.empty()
                : Optional.ofNullable(byIds(List.of(id)).get(id));
    }

    /** The account that logs in with this username (e-mail addresses in lower case). */
    @Transactional(readOnly = true)
    public Optional<AccountSummary> findByUsername(String username) {
        return jdbc.sql(COLUMNS + " WHERE username = ?")
                .param(username)
                .query(AccountDirectory::summary)
                .optional();
    }

    /** The enabled accounts with the role, by display name. */
    @Transactional(readOnly = true)
    public List<AccountSummary> enabledWithRole(Role role) {
        return jdbc.sql(COLUMNS + " WHERE role = ? AND enabled ORDER BY display_name")
                .param(role.name())
                .query(AccountDirectory::summary)
                .list();
    }

    private static AccountSummary summary(ResultSet rs, int row) throws SQLException {
        return new AccountSummary(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4));
    }
}
