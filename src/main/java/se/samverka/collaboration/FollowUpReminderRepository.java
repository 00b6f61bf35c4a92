package se.samverka.collaboration;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The reminders sent of agreements' follow-up dates, one row per follow-up and kind. */
@Repository
class FollowUpReminderRepository {

    private final JdbcClient jdbc;

    FollowUpReminderRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** An open follow-up date of an agreement in draft or in force. */
    record Due(UUID followUpId, LocalDate dueOn, String note, UUID agreementId) {}

    /** Open follow-ups of agreements in draft or in force, due from {@code from} to {@code to}; earliest first. */
    List<Due> due(LocalDate from, LocalDate to) {
        return jdbc.sql("""
				SELECT f.id, f.due_on, f.note, a.id FROM agreement_follow_up f JOIN agreement a ON a.id = f.agreement_id
				WHERE f.done = FALSE AND a.status IN ('DRAFT', 'ACTIVE') AND f.due_on >= ? AND f.due_on <= ?
				ORDER BY f.due_on, f.id""")
                .params(from, to)
                .query((rs, n) -> new Due(
                        rs.getObject(1, UUID.class),
                        rs.getObject(2, LocalDate.class),
                        rs.getString(3),
                        rs.getObject(4, UUID.class)))
                .list();
    }

    /** Records the reminder as sent; false when it was already (by another run or instance). */
    boolean claim(UUID followUpId, String kind, Instant now) {
        return jdbc.sql("""
				INSERT INTO agreement_follow_up_reminder (follow_up_id, kind, sent_at)
				SELECT ?, ?, ? WHERE NOT EXISTS
				  (SELECT 1 FROM agreement_follow_up_reminder WHERE follow_up_id = ? AND kind = ?)""")
                        .params(followUpId, kind, Timestamp.from(now), followUpId, kind)
                        .update()
                == 1;
    }
}
