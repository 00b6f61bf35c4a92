package se.samverka.collaboration;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.samverka.collaboration.AgreementFollowUpDue.Recipient;

/**
 * Reminds the representatives of an agreement's department of its open follow-up dates: once when the date is at
 * most a week away, once on the day (or up to three days after, if the job did not run). Each reminder is claimed
 * by a row in agreement_follow_up_reminder before it is published, so it goes out once however often this runs.
 */
@Service
class FollowUpReminders {

    static final int WEEK = 7;

    static final int CATCH_UP_DAYS = 3;

    private final JdbcClient jdbc;
    private final Agreements agreements;
    private final CollaborationBody body;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    FollowUpReminders(
            JdbcClient jdbc,
            Agreements agreements,
            CollaborationBody body,
            ApplicationEventPublisher events,
            Clock clock) {
        this.jdbc = jdbc;
        this.agreements = agreements;
        this.body = body;
        this.events = events;
        this.clock = clock;
    }

    /** Sends what is due today; returns how many reminders went out. */
    @Transactional
    int remind() {
        record Due(UUID followUpId, LocalDate dueOn, String note, UUID agreementId) {}
        var today = agreements.today();
        var due = jdbc.sql("""
				SELECT f.id, f.due_on, f.note, a.id FROM agreement_follow_up f JOIN agreement a ON a.id = f.agreement_id
				WHERE f.done = FALSE AND a.status IN ('DRAFT', 'ACTIVE') AND f.due_on >= ? AND f.due_on <= ?
				ORDER BY f.due_on, f.id""")
                .params(today.minusDays(CATCH_UP_DAYS), today.plusDays(WEEK))
                .query((rs, n) -> new Due(
                        rs.getObject(1, UUID.class),
                        rs.getObject(2, LocalDate.class),
                        rs.getString(3),
                        rs.getObject(4, UUID.class)))
                .list();
        var sent = 0;
        var now = Timestamp.from(clock.instant());
        for (var d : due) {
            var kind = d.dueOn().isAfter(today) ? "WEEK_BEFORE" : "ON_DAY";
            var agreement = agreements.find(d.agreementId()).orElseThrow();
            var recipients = body.membersOf(agreement.departmentId()).stream()
                    .map(m -> new Recipient(m.name(), m.email(), m.language()))
                    .toList();
            // nobody to tell yet: try again tomorrow, when someone may represent the department
            if (recipients.isEmpty()) {
                continue;
            }
            var claimed = jdbc.sql("""
					INSERT INTO agreement_follow_up_reminder (follow_up_id, kind, sent_at)
					SELECT ?, ?, ? WHERE NOT EXISTS
					  (SELECT 1 FROM agreement_follow_up_reminder WHERE follow_up_id = ? AND kind = ?)""")
                            .params(d.followUpId(), kind, now, d.followUpId(), kind)
                            .update()
                    == 1;
            if (claimed) {
                events.publishEvent(new AgreementFollowUpDue(
                        d.followUpId(),
                        kind,
                        agreement.id(),
                        agreement.title(),
                        agreement.organisationName(),
                        agreement.departmentName(),
                        d.dueOn(),
                        d.note(),
                        recipients));
                sent++;
            }
        }
        return sent;
    }
}
