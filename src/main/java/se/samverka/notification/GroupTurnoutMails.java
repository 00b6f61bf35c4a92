package se.samverka.notification;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import se.samverka.resourcegroup.TurnoutConfirmed;

/**
 * The link a resource group's member gets after saying yes: where to say they are on the way, there and done. By SMS
 * when they chose SMS, else by e-mail; one message per place (the outbox's key).
 */
@Component
class GroupTurnoutMails {

    private final Outbox outbox;
    private final MailText text;

    GroupTurnoutMails(Outbox outbox, MailText text) {
        this.outbox = outbox;
        this.text = text;
    }

    @ApplicationModuleListener
    void on(TurnoutConfirmed event) {
        var locale = text.locale(event.locale());
        var date = text.date(event.date(), locale);
        var time = event.timeTo() == null
                ? text.time(event.timeFrom())
                : text.time(event.timeFrom()) + "–" + text.time(event.timeTo());
        var link = text.link("/grupp/narvaro/" + event.token());
        var key = "group-turnout:" + event.groupCalloutId() + ":" + event.volunteerId();
        if (event.phone() != null) {
            outbox.enqueue(OutgoingMessage.sms(
                    key,
                    event.phone(),
                    text.text("groupTurnout.label", locale, event.title()),
                    text.sms("groupTurnout", locale, event.title(), link)));
        } else {
            outbox.enqueue(OutgoingMessage.email(
                    key,
                    event.email(),
                    text.subject("groupTurnout", locale, event.title()),
                    text.body("groupTurnout", locale, event.title(), date, time, link)));
        }
    }
}
