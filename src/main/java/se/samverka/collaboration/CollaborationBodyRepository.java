package se.samverka.collaboration;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Who represents which department in the collaboration body: one row per account and department. */
@Repository
class CollaborationBodyRepository {

    private final JdbcClient jdbc;

    CollaborationBodyRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A membership, with the account's id rather than its name. */
    record Membership(UUID id, String departmentId, UUID accountId) {}

    List<Membership> all() {
        return jdbc.sql("SELECT id, department_id, account_id FROM collaboration_representative")
                .query((rs, n) ->
                        new Membership(rs.getObject(1, UUID.class), rs.getString(2), rs.getObject(3, UUID.class)))
                .list();
    }

    List<String> departmentsOf(UUID accountId) {
        return jdbc.sql(
                        "SELECT department_id FROM collaboration_representative WHERE account_id = ? ORDER BY department_id")
                .param(accountId)
                .query(String.class)
                .list();
    }

    boolean represents(UUID accountId, String departmentId) {
        return jdbc.sql("SELECT COUNT(*) FROM collaboration_representative WHERE account_id = ? AND department_id = ?")
                        .params(accountId, departmentId)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    /** False when the account already represents the department. */
    boolean link(String departmentId, UUID accountId, Instant now) {
        return jdbc.sql("""
				INSERT INTO collaboration_representative (id, department_id, account_id, added_at)
				SELECT ?, ?, ?, ? WHERE NOT EXISTS
				  (SELECT 1 FROM collaboration_representative WHERE department_id = ? AND account_id = ?)""")
                        .params(
                                UUID.randomUUID(),
                                departmentId,
                                accountId,
                                Timestamp.from(now),
                                departmentId,
                                accountId)
                        .update()
                == 1;
    }

    Optional<UUID> accountOf(UUID membershipId) {
        return jdbc.sql("SELECT account_id FROM collaboration_representative WHERE id = ?")
                .param(membershipId)
                .query(UUID.class)
                .optional();
    }

    void delete(UUID membershipId) {
        jdbc.sql("DELETE FROM collaboration_representative WHERE id = ?")
                .param(membershipId)
                .update();
    }
}
