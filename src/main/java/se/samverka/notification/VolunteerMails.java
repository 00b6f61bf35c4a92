package se.samverka.notification;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import se.samverka.volunteer.VolunteerInvited;
import se.samverka.volunteer.VolunteerRegistered;
import se.samverka.volunteer.VolunteerSignupRepeated;

/**
 * Messages to people who sign up as volunteers: the welcome e-mail with the confirmation link or, for someone a
 * coordinator registered on the phone who chose SMS, the link alone by SMS. Either goes under the same dedupe key, so a
 * volunteer gets one welcome message, once.
 */
@Component
class VolunteerMails {

    /** The confirmation SMS is kept to two SMS: a longer text loses the name, then the signature. */
    static final int CONFIRMATION_SMS_SEGMENTS = 2;

    private final Outbox outbox;
    private final MailText text;
    private final Clock clock;
    private final NotificationProperties properties;
    private final SmsProperties sms;

    VolunteerMails(Outbox outbox, MailText text, Clock clock, NotificationProperties properties, SmsProperties sms) {
        this.outbox = outbox;
        this.text = text;
        this.clock = clock;
        this.properties = properties;
        this.sms = sms;
    }

    /**
     * In the sign-up's own transaction (the transactional outbox): the welcome e-mail is stored with the volunteer or
     * not at all, so it needs no entry in the event publication registry. As an asynchronous listener it cost every
     * sign-up three more transactions (the registry's insert, "processing" and delete), each a commit to wait for
     * under a surge (issue 11). Rendering the text touches nothing outside this module. The message is the welcome
     * e-mail with the confirmation link or, for someone a coordinator registered on the phone who chose SMS, the
     * link alone by SMS; both under the same dedupe key.
     */
    @EventListener
    void on(VolunteerRegistered event) {
        var locale = text.locale(event.locale());
        // without an SMS provider (but sending e-mail) the link goes by e-mail rather than wait in the outbox
        if (event.confirmationSms() != null && (sms.configured() || !properties.deliver())) {
            outbox.enqueue(OutgoingMessage.sms(
                    "registered:" + event.volunteerId(),
                    event.confirmationSms(),
                    text.text("registered.label", locale),
                    confirmationSms(event, locale)));
            return;
        }
        var link = text.link("/bli-volontar/bekrafta", "token", event.confirmationToken());
        outbox.enqueue(OutgoingMessage.email(
                "registered:" + event.volunteerId(),
                event.email(),
                text.subject("registered", locale),
                text.body("registered", locale, event.name(), link)));
    }

    /** The invitation of someone from an imported list, in the importing transaction like the welcome e-mail. */
    @EventListener
    void on(VolunteerInvited event) {
        var locale = text.locale(event.locale());
        var link = text.link("/bli-volontar/bekrafta", "token", event.confirmationToken());
        outbox.enqueue(OutgoingMessage.email(
                "invited:" + event.volunteerId(),
                event.email(),
                text.subject("invited", locale),
                text.body("invited", locale, event.name(), link)));
    }

    /** The short link (the token is URL-safe Base64), the volunteer's name and the municipality's, in one or two SMS. */
    private String confirmationSms(VolunteerRegistered event, Locale locale) {
        var link = text.link("/b/" + event.confirmationToken());
        var municipality = text.municipalityName();
        var named = text.text("registered.sms", locale, event.name(), municipality, link);
        var plain = SmsLength.segments(named) <= CONFIRMATION_SMS_SEGMENTS
                ? named
                : text.text("registered.smsNoName", locale, municipality, link);
        var signed = text.signedSms(plain, locale);
        return SmsLength.segments(signed) <= CONFIRMATION_SMS_SEGMENTS ? signed : plain;
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
