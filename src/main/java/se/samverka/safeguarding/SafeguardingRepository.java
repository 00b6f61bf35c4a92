package se.samverka.safeguarding;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The recorded checks and pledge acceptances. */
@Repository
class SafeguardingRepository {

    private static final String CHECK_COLUMNS = "id, volunteer_id, kind, checked_by, checked_on, expires_on, note";

    private final JdbcClient jdbc;

    SafeguardingRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(SafeguardingCheck check, Instant now) {
        jdbc.sql("INSERT INTO safeguarding_check (" + CHECK_COLUMNS + ", created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        check.id(),
                        check.volunteerId(),
                        check.kind().name(),
                        check.checkedBy(),
                        Date.valueOf(check.checkedOn()),
                        check.expiresOn() == null ? null : Date.valueOf(check.expiresOn()),
                        check.note(),
                        Timestamp.from(now))
                .update();
    }

    List<SafeguardingCheck> checksOf(UUID volunteerId) {
        return jdbc.sql("SELECT " + CHECK_COLUMNS + " FROM safeguarding_check WHERE volunteer_id = ?"
                        + " ORDER BY checked_on DESC, created_at DESC")
                .param(volunteerId)
                .query(SafeguardingRepository::check)
                .list();
    }

    List<SafeguardingCheck> checksOf(Collection<UUID> volunteerIds) {
        if (volunteerIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT " + CHECK_COLUMNS + " FROM safeguarding_check WHERE volunteer_id IN (:ids)")
                .param("ids", volunteerIds)
                .query(SafeguardingRepository::check)
                .list();
    }

    List<SafeguardingCheck> allChecks() {
        return jdbc.sql("SELECT " + CHECK_COLUMNS + " FROM safeguarding_check")
                .query(SafeguardingRepository::check)
                .list();
    }

    /** Volunteers with a check of this kind valid on the day. */
    Set<UUID> withValidCheck(CheckKind kind, LocalDate day) {
        return Set.copyOf(jdbc.sql("SELECT DISTINCT volunteer_id FROM safeguarding_check WHERE kind = ?"
                        + " AND checked_on <= ? AND (expires_on IS NULL OR expires_on > ?)")
                .params(kind.name(), Date.valueOf(day), Date.valueOf(day))
                .query(UUID.class)
                .list());
    }

    Set<UUID> everyoneWithPledge(String version) {
        return Set.copyOf(jdbc.sql("SELECT volunteer_id FROM safeguarding_pledge WHERE version = ?")
                .param(version)
                .query(UUID.class)
                .list());
    }

    Set<UUID> acceptedPledge(Collection<UUID> volunteerIds, String version) {
        if (volunteerIds.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(jdbc.sql("SELECT volunteer_id FROM safeguarding_pledge WHERE version = :version"
                        + " AND volunteer_id IN (:ids)")
                .param("version", version)
                .param("ids", volunteerIds)
                .query(UUID.class)
                .list());
    }

    Instant pledgeAcceptedAt(UUID volunteerId, String version) {
        return jdbc.sql("SELECT accepted_at FROM safeguarding_pledge WHERE volunteer_id = ? AND version = ?")
                .params(volunteerId, version)
                .query((rs, i) -> rs.getTimestamp(1).toInstant())
                .optional()
                .orElse(null);
    }

    /** Records the acceptance once; accepting the same version again keeps the first time. */
    void acceptPledge(UUID volunteerId, String version, Instant at) {
        jdbc.sql(
                        "INSERT INTO safeguarding_pledge (volunteer_id, version, accepted_at) SELECT ?, ?, ?"
                                + " WHERE NOT EXISTS (SELECT 1 FROM safeguarding_pledge WHERE volunteer_id = ? AND version = ?)")
                .params(volunteerId, version, Timestamp.from(at), volunteerId, version)
                .update();
    }

    /** Checks expiring on or before {@code until} (and not yet expired) whose notice has not gone out. */
    List<SafeguardingCheck> expiringUnnoticed(LocalDate today, LocalDate until) {
        return jdbc.sql(
                        "SELECT " + CHECK_COLUMNS + " FROM safeguarding_check WHERE expires_on IS NOT NULL"
                                + " AND expires_on > ? AND expires_on <= ? AND expiry_notice_sent_at IS NULL ORDER BY expires_on")
                .params(Date.valueOf(today), Date.valueOf(until))
                .query(SafeguardingRepository::check)
                .list();
    }

    /** Marks the notice sent; false if another run already did. */
    boolean markNoticed(UUID checkId, Instant at) {
        return jdbc.sql("UPDATE safeguarding_check SET expiry_notice_sent_at = ? WHERE id = ?"
                                + " AND expiry_notice_sent_at IS NULL")
                        .params(Timestamp.from(at), checkId)
                        .update()
                == 1;
    }

    private static SafeguardingCheck check(ResultSet rs, int row) throws SQLException {
        var expires = rs.getDate("expires_on");
        return new SafeguardingCheck(
                rs.getObject("id", UUID.class),
                rs.getObject("volunteer_id", UUID.class),
                CheckKind.valueOf(rs.getString("kind")),
                rs.getString("checked_by"),
                rs.getDate("checked_on").toLocalDate(),
                expires == null ? null : expires.toLocalDate(),
                rs.getString("note"));
    }
}
