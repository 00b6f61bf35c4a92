package se.samverka.notification;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import se.samverka.volunteer.StayQuestionAsked;

/** The question to an inactive volunteer whether they want to stay, in their language, with the link to answer. */
@Component
class RetentionMails {

    private final Outbox outbox;
    private final MailText text;

    RetentionMails(Outbox outbox, MailText text) {
        this.outbox = outbox;
        this.text = text;
    }

    /** Keyed by the token's fingerprint: a redelivered event sends nothing twice, a later question does. */
    @ApplicationModuleListener
    void on(StayQuestionAsked event) {
        var locale = text.locale(event.locale());
        outbox.enqueue(OutgoingMessage.email(
                "stay-question:" + MailText.fingerprint(event.token()),
                event.email(),
                text.subject("stayQuestion", locale),
                text.body(
                        "stayQuestion",
                        locale,
                        event.name(),
                        text.date(event.answerBy(), locale),
                        text.link("/gallring/stanna/" + event.token()))));
    }
}
