package se.samverka.notification;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import se.samverka.effort.ShiftNotice;

/**
 * E-mails to volunteers about their shifts in efforts: moved up from the waiting list, an application decided,
 * a cancelled shift, a coordinator's message, and the thank-you when an effort closes. Texts are in the effort
 * bundle under {@code effort.mail.<reason>.*}.
 */
@Component
class EffortMails {

    private final Outbox outbox;
    private final MailText text;
    private final MessageSource messages;

    EffortMails(Outbox outbox, MailText text, MessageSource messages) {
        this.outbox = outbox;
        this.text = text;
        this.messages = messages;
    }

    @ApplicationModuleListener
    void on(ShiftNotice notice) {
        Locale locale = text.locale(notice.locale());
        var name = "effort.mail." + notice.reason().name();
        var when = notice.date() == null
                ? ""
                : text.date(notice.date(), locale) + " " + text.time(notice.from()) + "–" + text.time(notice.to());
        Object[] args = {
            notice.effortTitle(),
            notice.shiftTitle() == null ? "" : notice.shiftTitle(),
            when,
            notice.place() == null ? "" : notice.place(),
            notice.text() == null ? "" : notice.text(),
            text.link("/mina-sidor/insatser")
        };
        var subject = messages.getMessage(name + ".subject", args, locale);
        var body = messages.getMessage(name + ".body", args, locale) + "\n\n" + text.signature(locale);
        outbox.enqueue(OutgoingMessage.email(
                "effort:" + notice.reason() + ":" + notice.refId() + ":" + notice.volunteerId(),
                notice.email(),
                subject,
                body));
    }
}
