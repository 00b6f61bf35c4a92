package se.samverka.notification;

import java.util.Optional;
import se.samverka.shared.PhoneNumber;

/**
 * An SMS as the provider's webhook hands it over, checked: an id, a sender's number and at most
 * {@value #MAX_LENGTH} characters of text.
 */
record InboundSms(String providerId, PhoneNumber from, String to, String message) {

    static final int MAX_LENGTH = 1600;

    /** The message, or empty when a field is missing or wrong. */
    static Optional<InboundSms> of(String id, String from, String to, String message) {
        if (id == null || id.isBlank() || id.length() > 100 || message == null || message.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        PhoneNumber number;
        try {
            number = PhoneNumber.of(from);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        var toNumber = to == null || to.isBlank() || to.length() > 32 ? null : to.strip();
        return Optional.of(new InboundSms(id.strip(), number, toNumber, message));
    }

    @Override
    public String toString() {
        return "InboundSms[" + providerId + "]";
    }
}
