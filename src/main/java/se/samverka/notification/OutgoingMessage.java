package se.samverka.notification;

import se.samverka.shared.PhoneNumber;

/**
 * One message to send, as handed to {@link Outbox#enqueue(OutgoingMessage)}.
 *
 * @param dedupeKey what makes the message unique, derived from the event that caused it (for example
 *        {@code "offer-made:" + offerId}); a second message with the same key is not queued
 * @param channel how the message travels
 * @param recipient an e-mail address or, for SMS, a phone number in E.164 form
 * @param subject the e-mail subject; for SMS a short label shown in the outbox only
 * @param body plain text
 */
public record OutgoingMessage(String dedupeKey, Channel channel, String recipient, String subject, String body) {

    /** How a message travels. */
    public enum Channel {
        EMAIL,
        SMS
    }

    public OutgoingMessage {
        require(dedupeKey, 200, "dedupeKey");
        require(recipient, 254, "recipient");
        require(subject, 300, "subject");
        require(body, 8000, "body");
        if (channel == null) {
            throw new IllegalArgumentException("channel is required");
        }
    }

    public static OutgoingMessage email(String dedupeKey, String recipient, String subject, String body) {
        return new OutgoingMessage(dedupeKey, Channel.EMAIL, recipient, subject, body);
    }

    /**
     * An SMS to a phone number in E.164 form. The text must fit in {@value SmsLength#MAX_SEGMENTS} SMS:
     * 459 characters of the GSM alphabet (Swedish letters included), or 201 when it has other characters
     * such as emoji.
     */
    public static OutgoingMessage sms(String dedupeKey, String phoneNumber, String label, String text) {
        new PhoneNumber(phoneNumber);
        if (text != null && SmsLength.segments(text) > SmsLength.MAX_SEGMENTS) {
            throw new IllegalArgumentException("SMS text needs more than " + SmsLength.MAX_SEGMENTS + " segments");
        }
        return new OutgoingMessage(dedupeKey, Channel.SMS, phoneNumber, label, text);
    }

    private static void require(String value, int maxLength, String name) {
        if (value == null || value.isBlank() || value.length() > maxLength) {
            throw new IllegalArgumentException(name + " must have 1 to " + maxLength + " characters");
        }
    }

    @Override
    public String toString() {
        return "OutgoingMessage[" + channel + "]";
    }
}
