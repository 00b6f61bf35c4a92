package se.samverka.notification;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import se.samverka.crisis.SpontaneousVolunteerThanked;

/**
 * The thank-you SMS to a spontaneous volunteer when the crisis they signed up for is over; once per crisis and
 * number (the crisis module's thanks table, and the outbox's dedupe key here).
 */
@Component
class CrisisMails {

    private final Outbox outbox;
    private final MailText text;

    CrisisMails(Outbox outbox, MailText text) {
        this.outbox = outbox;
        this.text = text;
    }

    @ApplicationModuleListener
    void on(SpontaneousVolunteerThanked event) {
        var locale = text.locale(event.locale());
        outbox.enqueue(OutgoingMessage.sms(
                "crisis-thanks:" + event.crisisId() + ":" + event.phone(),
                event.phone(),
                text.text("crisisThanks.label", locale),
                text.sms("crisisThanks", locale, event.crisisName())));
    }
}
