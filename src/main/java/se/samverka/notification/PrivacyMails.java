package se.samverka.notification;

import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import se.samverka.privacy.PersonErased;

/**
 * The receipt for an erasure: what was erased and what was kept. Queued synchronously in the erasing transaction
 * (no copy of the address stays in the event publication log); {@link OutboxRepository#markSent} blanks its
 * address and text once it is sent, so the outbox keeps only that a receipt went out.
 */
@Component
class PrivacyMails {

    static final String DEDUPE_PREFIX = "erasure-receipt:";

    private final Outbox outbox;
    private final MailText text;
    private final MessageSource messages;

    PrivacyMails(Outbox outbox, MailText text, MessageSource messages) {
        this.outbox = outbox;
        this.text = text;
        this.messages = messages;
    }

    @EventListener
    void on(PersonErased event) {
        var locale = text.locale(event.language());
        var kept = event.kept().stream()
                .map(key -> "- " + messages.getMessage(key, null, locale))
                .collect(Collectors.joining("\n"));
        outbox.enqueue(OutgoingMessage.email(
                DEDUPE_PREFIX + event.person().id(),
                event.email(),
                text.subject("erasureReceipt", locale),
                text.body("erasureReceipt", locale, kept)));
    }
}
