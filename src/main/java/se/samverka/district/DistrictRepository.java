package se.samverka.district;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class DistrictRepository {

    private final JdbcClient jdbc;

    DistrictRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<District> findAll() {
        var neighbours = new HashMap<String, Set<String>>();
        jdbc.sql("SELECT district_id, neighbour_id FROM district_neighbour").query(rs -> {
            neighbours.computeIfAbsent(rs.getString(1), k -> new HashSet<>()).add(rs.getString(2));
        });
        return new ArrayList<>(jdbc.sql(
                        "SELECT id, name, easting, northing, sort_order FROM district ORDER BY sort_order, name")
                .query((rs, i) -> new District(
                        rs.getString("id"),
                        rs.getString("name"),
                        rs.getDouble("easting"),
                        rs.getDouble("northing"),
                        rs.getInt("sort_order"),
                        Set.copyOf(neighbours.getOrDefault(rs.getString("id"), Set.of()))))
                .list());
    }

    boolean existsByName(String name, String exceptId) {
        return jdbc.sql("SELECT COUNT(*) FROM district WHERE LOWER(name) = LOWER(?) AND id <> ?")
                        .params(name, exceptId == null ? "" : exceptId)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    void upsert(String id, String name, double easting, double northing, int sortOrder, boolean isNew) {
        if (isNew) {
            jdbc.sql("INSERT INTO district (id, name, easting, northing, sort_order) VALUES (?, ?, ?, ?, ?)")
                    .params(id, name, easting, northing, sortOrder)
                    .update();
        } else {
            jdbc.sql("UPDATE district SET name = ?, easting = ?, northing = ?, sort_order = ? WHERE id = ?")
                    .params(name, easting, northing, sortOrder, id)
                    .update();
        }
    }

    /** Replaces the district's neighbours, keeping the relation symmetric. */
    void replaceNeighbours(String id, Set<String> neighbourIds) {
        jdbc.sql("DELETE FROM district_neighbour WHERE district_id = ? OR neighbour_id = ?")
                .params(id, id)
                .update();
        for (var other : neighbourIds) {
            jdbc.sql("INSERT INTO district_neighbour (district_id, neighbour_id) VALUES (?, ?)")
                    .params(id, other)
                    .update();
            jdbc.sql("INSERT INTO district_neighbour (district_id, neighbour_id) VALUES (?, ?)")
                    .params(other, id)
                    .update();
        }
    }
}
