package se.samverka.notification;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import se.samverka.crisis.SpontaneousVolunteerPaired;
import se.samverka.crisis.SpontaneousVolunteerThanked;

/**
 * The thank-you SMS to a spontaneous volunteer when the crisis they signed up for is over; once per crisis and
 * number (the crisis module's thanks table, and the outbox's dedupe key here); and the SMS that tells a spontaneous
 * volunteer which shift they were given, where, when and with whom, once per pairing and partner.
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

    @ApplicationModuleListener
    void on(SpontaneousVolunteerPaired event) {
        var locale = text.locale(event.locale());
        var when = event.date() + " " + event.from() + "-" + event.to();
        // plain GSM characters (a hyphen, three dots) and free texts cut short, so that the message stays within three
        // SMS whatever was typed on the effort
        var title = cut(event.effortTitle(), 40);
        var place = cut(event.place(), 60);
        var body = event.partnerName() == null
                ? text.sms("spontaneousTask.alone", locale, title, when, place)
                : text.sms("spontaneousTask", locale, title, when, place, cut(event.partnerName(), 40));
        outbox.enqueue(OutgoingMessage.sms(
                "crisis-task:" + event.pairingId() + ":" + event.partnerVolunteerId(),
                event.phone(),
                text.text("spontaneousTask.label", locale),
                body));
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 3) + "...";
    }
}
