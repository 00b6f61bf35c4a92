package se.samverka.volunteer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The register's filter counted among volunteers who may be asked now: not "only in a crisis", and not among those
 * whose ask frequency's budget the contact ledger says is used up (one COUNT with the register's WHERE clause).
 */
@Repository
class VolunteerBudgetQueries {

    private final JdbcClient jdbc;

    VolunteerBudgetQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long countWithinBudget(VolunteerFilter filter, Map<AskFrequency, Set<UUID>> budgetUsed) {
        var where = RegisterWhere.of(filter);
        if (where.nobody()) {
            return 0;
        }
        var parts = new ArrayList<String>();
        parts.add(where.sql());
        var params = new HashMap<>(where.params());
        for (var frequency : AskFrequency.values()) {
            var name = "budget" + frequency.ordinal();
            if (frequency.maxAsks() == 0) {
                parts.add("v.ask_frequency <> :" + name);
                params.put(name, frequency.name());
                continue;
            }
            var used = budgetUsed.getOrDefault(frequency, Set.of());
            if (!used.isEmpty()) {
                parts.add("NOT (v.ask_frequency = :" + name + " AND v.id = ANY(:" + name + "Ids))");
                params.put(name, frequency.name());
                params.put(name + "Ids", RegisterWhere.idArray(used));
            }
        }
        return jdbc.sql("SELECT COUNT(*) FROM volunteer v WHERE " + String.join(" AND ", parts))
                .params(params)
                .query(Long.class)
                .single();
    }
}
