package se.samverka.collaboration;

import java.time.Clock;
import org.springframework.context.ApplicationEventPublisher;
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

    private final FollowUpReminderRepository reminders;
    private final AgreementQueries agreements;
    private final CollaborationBody body;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    FollowUpReminders(
            FollowUpReminderRepository reminders,
            AgreementQueries agreements,
            CollaborationBody body,
            ApplicationEventPublisher events,
            Clock clock) {
        this.reminders = reminders;
        this.agreements = agreements;
        this.body = body;
        this.events = events;
        this.clock = clock;
    }

    /** Sends what is due today; returns how many reminders went out. */
    @Transactional
    int remind() {
        var today = agreements.today();
        var due = reminders.due(today.minusDays(CATCH_UP_DAYS), today.plusDays(WEEK));
        var sent = 0;
        var now = clock.instant();
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
            if (reminders.claim(d.followUpId(), kind, now)) {
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
