package se.samverka.account;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads and changes staff accounts for /admin/konton; volunteers and associations' representatives never appear. */
@Repository
class StaffAccountQueries {

    private static final String STAFF = Arrays.stream(Role.values())
            .filter(Role::isStaff)
            .map(r -> "'" + r.name() + "'")
            .reduce((a, b) -> a + ", " + b)
            .orElseThrow();

    private static final String COLUMNS = "id, username, display_name, role, enabled, last_sign_in_at, created_at";

    private final JdbcClient jdbc;

    StaffAccountQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Staff accounts matching the filters (null: any), by name; inactive means no sign-in since {@code before}. */
    List<StaffAccount> find(Role role, StaffStatus status, Instant before, int limit, int offset) {
        var params = new ArrayList<Object>();
        var sql = "SELECT " + COLUMNS + " FROM account" + where(role, status, before, params)
                + " ORDER BY LOWER(display_name), id LIMIT ? OFFSET ?";
        params.add(limit);
        params.add(offset);
        return jdbc.sql(sql).params(params).query((rs, i) -> map(rs, before)).list();
    }

    long count(Role role, StaffStatus status, Instant before) {
        var params = new ArrayList<Object>();
        return jdbc.sql("SELECT COUNT(*) FROM account" + where(role, status, before, params))
                .params(params)
                .query(Long.class)
                .single();
    }

    Optional<StaffAccount> find(UUID id, Instant before) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM account WHERE id = ? AND role IN (" + STAFF + ")")
                .param(id)
                .query((rs, i) -> map(rs, before))
                .optional();
    }

    /** Enabled administrators other than this account. */
    int otherEnabledAdministrators(UUID id) {
        return jdbc.sql("SELECT COUNT(*) FROM account WHERE role = 'ADMIN' AND enabled AND id <> ?")
                .param(id)
                .query(Integer.class)
                .single();
    }

    boolean setEnabled(UUID id, boolean enabled, Instant now) {
        return jdbc.sql("UPDATE account SET enabled = ?, disabled_at = ? WHERE id = ? AND enabled <> ? AND role IN ("
                                + STAFF + ")")
                        .params(enabled, enabled ? null : Timestamp.from(now), id, enabled)
                        .update()
                == 1;
    }

    boolean changeRole(UUID id, Role from, Role to) {
        return jdbc.sql("UPDATE account SET role = ? WHERE id = ? AND role = ?")
                        .params(to.name(), id, from.name())
                        .update()
                == 1;
    }

    void signedIn(UUID id, Instant now) {
        jdbc.sql("UPDATE account SET last_sign_in_at = ? WHERE id = ? AND role IN (" + STAFF + ")")
                .params(Timestamp.from(now), id)
                .update();
    }

    private static String where(Role role, StaffStatus status, Instant before, List<Object> params) {
        var sql = new StringBuilder(" WHERE role IN (" + STAFF + ")");
        if (role != null) {
            sql.append(" AND role = ?");
            params.add(role.name());
        }
        if (status == StaffStatus.DISABLED) {
            sql.append(" AND NOT enabled");
        } else if (status != null) {
            sql.append(
                    status == StaffStatus.INACTIVE
                            ? " AND enabled AND COALESCE(last_sign_in_at, created_at) < ?"
                            : " AND enabled AND COALESCE(last_sign_in_at, created_at) >= ?");
            params.add(Timestamp.from(before));
        }
        return sql.toString();
    }

    private static StaffAccount map(ResultSet rs, Instant before) throws SQLException {
        var enabled = rs.getBoolean("enabled");
        var lastSignIn = instant(rs.getTimestamp("last_sign_in_at"));
        var created = instant(rs.getTimestamp("created_at"));
        var seen = lastSignIn != null ? lastSignIn : created;
        var status =
                !enabled ? StaffStatus.DISABLED : seen.isBefore(before) ? StaffStatus.INACTIVE : StaffStatus.ACTIVE;
        return new StaffAccount(
                rs.getObject("id", UUID.class),
                rs.getString("username"),
                rs.getString("display_name"),
                Role.valueOf(rs.getString("role")),
                enabled,
                lastSignIn,
                created,
                status);
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
