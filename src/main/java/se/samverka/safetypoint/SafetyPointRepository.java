package se.samverka.safetypoint;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The safety points' rows. */
@Repository
class SafetyPointRepository {

    private static final String COLUMNS =
            "id, name, address, district_id, opening_hours, capacity, status, public_note, effort_id";

    private final JdbcClient jdbc;

    SafetyPointRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(SafetyPoint p, String by, Instant at) {
        jdbc.sql("INSERT INTO safety_point (" + COLUMNS + ", created_by, created_at, changed_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        p.id(),
                        p.name(),
                        p.address(),
                        p.districtId(),
                        p.openingHours(),
                        p.capacity(),
                        p.status().name(),
                        p.publicNote(),
                        p.effortId(),
                        by,
                        Timestamp.from(at),
                        Timestamp.from(at))
                .update();
    }

    void update(SafetyPoint p, Instant at) {
        jdbc.sql("""
				UPDATE safety_point SET name = ?, address = ?, district_id = ?, opening_hours = ?, capacity = ?,
				  status = ?, public_note = ?, effort_id = ?, changed_at = ? WHERE id = ?""")
                .params(
                        p.name(),
                        p.address(),
                        p.districtId(),
                        p.openingHours(),
                        p.capacity(),
                        p.status().name(),
                        p.publicNote(),
                        p.effortId(),
                        Timestamp.from(at),
                        p.id())
                .update();
    }

    Optional<SafetyPoint> find(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM safety_point WHERE id = ?")
                .param(id)
                .query(SafetyPointRepository::row)
                .optional();
    }

    /** Points in the district and status (null for all), by name. */
    List<SafetyPoint> page(String districtId, SafetyPointStatus status, int offset, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM safety_point" + where() + " ORDER BY name, id LIMIT ? OFFSET ?")
                .params(
                        districtId,
                        districtId,
                        status == null ? null : status.name(),
                        status == null ? null : status.name())
                .param(limit)
                .param(offset)
                .query(SafetyPointRepository::row)
                .list();
    }

    int count(String districtId, SafetyPointStatus status) {
        return jdbc.sql("SELECT COUNT(*) FROM safety_point" + where())
                .params(
                        districtId,
                        districtId,
                        status == null ? null : status.name(),
                        status == null ? null : status.name())
                .query(Integer.class)
                .single();
    }

    private static String where() {
        return " WHERE (CAST(? AS VARCHAR) IS NULL OR district_id = ?) AND (CAST(? AS VARCHAR) IS NULL OR status = ?)";
    }

    /** The open and full points, by district and name: what the public sees. */
    List<SafetyPoint> publicPoints() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM safety_point WHERE status IN ('OPEN', 'FULL')"
                        + " ORDER BY district_id, name, id")
                .query(SafetyPointRepository::row)
                .list();
    }

    private static SafetyPoint row(ResultSet rs, int n) throws SQLException {
        return new SafetyPoint(
                rs.getObject("id", UUID.class),
                rs.getString("name"),
                rs.getString("address"),
                rs.getString("district_id"),
                rs.getString("opening_hours"),
                rs.getInt("capacity"),
                SafetyPointStatus.valueOf(rs.getString("status")),
                rs.getString("public_note"),
                rs.getObject("effort_id", UUID.class));
    }
}
