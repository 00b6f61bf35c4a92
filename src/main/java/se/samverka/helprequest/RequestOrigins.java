package se.samverka.helprequest;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Districts and creation times of many requests at once, in chunks of at most 1,000 ids per statement. */
@Repository
class RequestOrigins {

    private static final int CHUNK = 1_000;

    private final JdbcClient jdbc;

    RequestOrigins(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Map<UUID, RequestOrigin> of(Collection<UUID> ids) {
        var origins = new HashMap<UUID, RequestOrigin>();
        List<UUID> all = new ArrayList<>(ids);
        for (int from = 0; from < all.size(); from += CHUNK) {
            jdbc.sql("SELECT id, district_id, created_at FROM help_request WHERE id IN (:ids)")
                    .param("ids", all.subList(from, Math.min(all.size(), from + CHUNK)))
                    .query(rs -> {
                        origins.put(
                                rs.getObject(1, UUID.class),
                                new RequestOrigin(
                                        rs.getString(2), rs.getTimestamp(3).toInstant()));
                    });
        }
        return origins;
    }
}
