package se.samverka.effort;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Finds efforts for staff by part of the title. */
@Repository
class EffortSearch {

    private final JdbcClient jdbc;

    EffortSearch(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<EffortHit> search(String text, int limit) {
        var needle = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        if (needle.length() < 2) {
            return List.of();
        }
        return jdbc.sql("""
				SELECT id, title, status, period_start, organisation_id FROM effort WHERE LOWER(title) LIKE :like
				ORDER BY period_start DESC, title LIMIT :limit""")
                .param("like", "%" + needle.replace("\\", "").replace("%", "").replace("_", "") + "%")
                .param("limit", limit)
                .query((rs, i) -> new EffortHit(
                        rs.getObject(1, UUID.class),
                        rs.getString(2),
                        EffortStatus.valueOf(rs.getString(3)),
                        rs.getDate(4) == null ? null : rs.getDate(4).toLocalDate(),
                        rs.getObject(5, UUID.class)))
                .list();
    }
}
