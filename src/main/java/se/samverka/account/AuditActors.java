package se.samverka.account;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.samverka.audit.ActorNames;

/** The accounts' display names for the audit log's search, which names each entry's actor by their login name. */
@Component
class AuditActors implements ActorNames {

    private final JdbcClient jdbc;

    AuditActors(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, String> displayNames(Collection<String> usernames) {
        var names = new HashMap<String, String>();
        if (usernames.isEmpty()) {
            return names;
        }
        jdbc.sql("SELECT username, display_name FROM account WHERE username IN (:usernames)")
                .param("usernames", usernames)
                .query((rs, i) -> Map.entry(rs.getString(1), rs.getString(2)))
                .list()
                .forEach(entry -> names.put(entry.getKey(), entry.getValue()));
        return names;
    }
}
