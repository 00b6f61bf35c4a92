package se.samverka.desk;

import java.time.Clock;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.samverka.callout.ContactEntry;
import se.samverka.callout.ContactLedger;
import se.samverka.callout.ContactSource;

/**
 * Sends a coordinator's invitation or message: under the contact lock every asker takes, the reach is worked out
 * again (a budget may have filled since the preview), each recipient's contact goes into the ledger as an ask (so
 * budgets count it) and a {@link VolunteerMessaged} event goes to notification. The message id comes from the
 * preview, so sending the same form twice sends nothing twice.
 */
@Service
class VolunteerMessages {

    private final MessageReach reach;
    private final ContactLedger ledger;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    VolunteerMessages(MessageReach reach, ContactLedger ledger, ApplicationEventPublisher events, Clock clock) {
        this.reach = reach;
        this.ledger = ledger;
        this.events = events;
        this.clock = clock;
    }

    /** Returns the reach as sent: the recipients (new ones only on a repeat) and who was left out. */
    @Transactional
    MessageReach.Reach send(UUID messageId, Set<UUID> ids, MessageForm form) {
        ledger.lockForAsking();
        var now = clock.instant();
        var result = reach.of(ids);
        var sent = new java.util.ArrayList<MessageReach.Recipient>();
        for (var r : result.recipients()) {
            var p = r.profile();
            if (!ledger.record(p.id(), ContactEntry.ASK, r.channel().name(), ContactSource.MESSAGE, messageId, now)) {
                continue;
            }
            events.publishEvent(new VolunteerMessaged(
                    messageId,
                    p.id(),
                    p.name(),
                    p.email().value(),
                    p.phone() == null ? null : p.phone().e164(),
                    r.channel().name(),
                    p.locale(),
                    form.kind(),
                    form.kind() == MessageKind.MESSAGE ? form.subject() : null,
                    form.body(),
                    form.meetingOn(),
                    form.meetingAt(),
                    form.place()));
            sent.add(r);
        }
        return new MessageReach.Reach(java.util.List.copyOf(sent), result.excluded());
    }
}
