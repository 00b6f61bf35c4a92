package se.samverka.shared;

import java.time.Instant;
import java.util.UUID;

/**
 * Someone sent Samverka an SMS, probably a reply to a call-out. Published once per provider message, after
 * the message is stored.
 *
 * @param inboundId the stored message
 * @param fromE164 the sender's number in E.164 form
 * @param answer yes, no or unknown as read from the text
 * @param providerMessageId the SMS provider's id of the message
 * @param receivedAt when Samverka got it
 * @param text what the message said, for a listener that keeps a free-text reply (never logged)
 */
public record SmsReplyReceived(
        UUID inboundId, String fromE164, SmsAnswer answer, String providerMessageId, Instant receivedAt, String text) {

    /** A reply whose text no listener needs. */
    public SmsReplyReceived(
            UUID inboundId, String fromE164, SmsAnswer answer, String providerMessageId, Instant receivedAt) {
        this(inboundId, fromE164, answer, providerMessageId, receivedAt, null);
    }

    @Override
    public String toString() {
        return "SmsReplyReceived[" + inboundId + ", " + answer + "]";
    }
}
