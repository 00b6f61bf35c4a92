package se.samverka.notification;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import se.samverka.volunteer.VolunteerRegistered;
import se.samverka.volunteer.VolunteerSignupRepeated;

/** E-mails to people who sign up as volunteers. */
@Component
class VolunteerMails {

    private final Outbox outbox;
    private final MailText text;
    private final Clock clock;

    VolunteerMails(Outbox outbox, MailText text, Clock clock) {
        this.outbox = outbox;
        this.text = text;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(VolunteerRegistered event) {
        var locale = text.locale(event.locale());
        var link = text.link("/bli-volontar/bekrafta", "token", event.confirmationToken());
        outbox.enqueue(OutgoingMessage.email(
                "registered:" + event.volunteerId(),
                event.email(),
                text.subject("registered", locale),
                text.body("registered", locale, event.name(), link)));
    }

    /**
     * The event has no identity of its own, so the key is the volunteer and the day: a redelivered event
     * sends nothing twice, and someone who keeps signing up with another person's address causes at most
     * one such e-mail a day.
     */
    @ApplicationModuleListener
    void on(VolunteerSignupRepeated event) {
        var locale = text.locale(event.locale());
        var key = "signup-repeated:" + event.volunteerId() + ":" + LocalDate.now(clock);
        outbox.enqueue(OutgoingMessage.email(
                key,
                event.email(),
                text.subject("signupRepeated", locale),
                text.body("signupRepeated", locale, text.link("/login"))));
    }
}
