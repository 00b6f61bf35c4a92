package se.samverka.notification;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import se.samverka.account.LoginLinkRequested;
import se.samverka.account.SignInCodeRequested;

/** E-mails about logging in. */
@Component
class AccountMails {

    private final Outbox outbox;
    private final MailText text;

    AccountMails(Outbox outbox, MailText text) {
        this.outbox = outbox;
        this.text = text;
    }

    @ApplicationModuleListener
    void on(LoginLinkRequested event) {
        var locale = text.locale(event.locale());
        var link = text.link("/login/ott", "token", event.token());
        outbox.enqueue(OutgoingMessage.email(
                "login-link:" + MailText.fingerprint(event.token()),
                event.email(),
                text.subject("loginLink", locale),
                text.body("loginLink", locale, link)));
    }

    /** The second factor of a staff sign-in; the key names the request, not the code. */
    @ApplicationModuleListener
    void on(SignInCodeRequested event) {
        var locale = text.locale(event.locale());
        outbox.enqueue(OutgoingMessage.email(
                "sign-in-code:" + event.id(),
                event.email(),
                text.subject("signInCode", locale),
                text.body("signInCode", locale, event.code(), event.validity().toMinutes())));
    }
}
