package se.samverka.notification;

import se.samverka.shared.PhoneNumber;

/** Sends one SMS through a provider. */
public interface SmsGateway {

    /**
     * Sends the text and returns the provider's id for it.
     *
     * @throws SmsNotSentException when the provider did not take the message; the outbox tries again later
     */
    SentSms send(PhoneNumber to, String text);
}
