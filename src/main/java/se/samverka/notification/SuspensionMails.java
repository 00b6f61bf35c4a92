package se.samverka.notification;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import se.samverka.safeguarding.VolunteerSuspended;
import se.samverka.safeguarding.VolunteerSuspensionLifted;

/**
 * Tells a volunteer, in their language, that they were suspended or that the suspension was lifted, and whom to
 * contact. Never the coordinators' reason: it may name a resident or a suspicion the volunteer should hear in a
 * conversation, not read in an e-mail.
 */
@Component
class SuspensionMails {

    private final Outbox outbox;
    private final MailText text;
    private final NotificationProperties properties;

    SuspensionMails(Outbox outbox, MailText text, NotificationProperties properties) {
        this.outbox = outbox;
        this.text = text;
        this.properties = properties;
    }

    @ApplicationModuleListener
    void on(VolunteerSuspended event) {
        var locale = text.locale(event.locale());
        outbox.enqueue(OutgoingMessage.email(
                "volunteer-suspended:" + event.suspensionId(),
                event.email(),
                text.subject("volunteerSuspended", locale),
                text.body("volunteerSuspended", locale, properties.coordinatorAddress())));
    }

    @ApplicationModuleListener
    void on(VolunteerSuspensionLifted event) {
        var locale = text.locale(event.locale());
        outbox.enqueue(OutgoingMessage.email(
                "volunteer-suspension-lifted:" + event.suspensionId(),
                event.email(),
                text.subject("suspensionLifted", locale),
                text.body("suspensionLifted", locale, text.link("/mina-sidor"))));
    }
}
