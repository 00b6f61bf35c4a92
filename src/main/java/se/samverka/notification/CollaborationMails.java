package se.samverka.notification;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import se.samverka.collaboration.AgreementFollowUpDue;

/**
 * E-mails of the collaboration body: a department's representatives are reminded of an agreement's follow-up date
 * a week before and on the day, each in the language of their account, once per follow-up, kind and person.
 */
@Component
class CollaborationMails {

    private final Outbox outbox;
    private final MailText text;

    CollaborationMails(Outbox outbox, MailText text) {
        this.outbox = outbox;
        this.text = text;
    }

    @ApplicationModuleListener
    void on(AgreementFollowUpDue event) {
        var name = event.onTheDay() ? "agreementFollowUpToday" : "agreementFollowUpSoon";
        for (var recipient : event.recipients()) {
            var locale = text.locale(recipient.language());
            var note = event.note() == null || event.note().isBlank()
                    ? "-"
                    : event.note().strip();
            outbox.enqueue(OutgoingMessage.email(
                    "agreement-follow-up:" + event.followUpId() + ":" + event.kind() + ":"
                            + MailText.fingerprint(recipient.email()).substring(0, 32),
                    recipient.email(),
                    text.subject(name, locale, event.title()),
                    text.body(
                            name,
                            locale,
                            recipient.name(),
                            event.title(),
                            event.organisationName(),
                            event.departmentName(),
                            text.date(event.dueOn(), locale),
                            note,
                            text.link("/samverkan/avtal/" + event.agreementId()))));
        }
    }
}
