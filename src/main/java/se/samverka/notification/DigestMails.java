package se.samverka.notification;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import se.samverka.task.DigestDue;

/** The monthly letter to a volunteer in reserve: thank you, and the situation; one per volunteer and month. */
@Component
class DigestMails {

    private final Outbox outbox;
    private final MailText text;

    DigestMails(Outbox outbox, MailText text) {
        this.outbox = outbox;
        this.text = text;
    }

    @ApplicationModuleListener
    void on(DigestDue event) {
        var locale = text.locale(event.locale());
        outbox.enqueue(OutgoingMessage.email(
                "digest:" + event.volunteerId() + ":" + event.period(),
                event.email(),
                text.subject("digest", locale),
                text.body("digest", locale, event.waiting(), event.volunteersThere(), text.link("/mina-sidor"))));
    }
}
