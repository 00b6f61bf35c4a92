package se.samverka.notification;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.context.event.EventListener;
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

    /**
     * In the sign-up's own transaction (the transactional outbox): the welcome e-mail is stored with the volunteer or
     * not at all, so it needs no entry in the event publication registry. As an asynchronous listener it cost every
     * sign-up three more transactions (the registry's insert, "processing" and delete), each a commit to wait for
     * under a surge (issue 11). Rendering the text touches nothing outside this module.
     */
    @EventListener
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
