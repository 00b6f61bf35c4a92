package se.samverka.notification;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import se.samverka.safeguarding.SafeguardingCheckExpiring;

/**
 * A safeguarding check about to expire: the volunteer is told in their language, the coordinators in Swedish
 * with a link to the volunteer's checks. Never anything about what a criminal-records extract said.
 */
@Component
class SafeguardingMails {

    private final Outbox outbox;
    private final MailText text;
    private final NotificationProperties properties;

    SafeguardingMails(Outbox outbox, MailText text, NotificationProperties properties) {
        this.outbox = outbox;
        this.text = text;
        this.properties = properties;
    }

    @ApplicationModuleListener
    void on(SafeguardingCheckExpiring event) {
        var locale = text.locale(event.locale());
        var check = text.text("checkExpiring." + event.kind().name(), locale);
        outbox.enqueue(OutgoingMessage.email(
                "check-expiring:" + event.checkId(),
                event.email(),
                text.subject("checkExpiring", locale, check),
                text.body("checkExpiring", locale, check, text.date(event.expiresOn(), locale))));
        var swedish = MailText.SWEDISH;
        var checkSv = text.text("checkExpiring." + event.kind().name(), swedish);
        outbox.enqueue(OutgoingMessage.email(
                "check-expiring-staff:" + event.checkId(),
                properties.coordinatorAddress(),
                text.subject("checkExpiringStaff", swedish, event.volunteerName(), checkSv),
                text.body(
                        "checkExpiringStaff",
                        swedish,
                        event.volunteerName(),
                        checkSv,
                        text.date(event.expiresOn(), swedish),
                        text.link("/samordning/volontarer/" + event.volunteerId() + "/kontroller"))));
    }
}
