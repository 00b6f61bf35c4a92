package se.samverka.notification;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import se.samverka.helprequest.ResidentFollowUpAsked;

/**
 * The SMS that asks a resident, after their request was done, whether they got help. Always in Swedish: the
 * request does not say which language the resident reads, and the reply words are Swedish.
 */
@Component
class FollowUpMessages {

    private final Outbox outbox;
    private final MailText text;

    FollowUpMessages(Outbox outbox, MailText text) {
        this.outbox = outbox;
        this.text = text;
    }

    @ApplicationModuleListener
    void on(ResidentFollowUpAsked event) {
        var locale = text.locale("sv");
        var kind = text.kind(event.kind(), locale).toLowerCase(locale);
        outbox.enqueue(OutgoingMessage.sms(
                "resident-followup:" + event.requestId(),
                event.phone(),
                text.text("residentFollowUp.label", locale, event.number()),
                text.sms("residentFollowUp", locale, kind, text.date(event.date(), locale))));
    }
}
