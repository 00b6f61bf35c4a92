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
 */
public record SmsReplyReceived(UUID inboundId, String fromE164, SmsAnswer answer, String providerMessageId,
		Instant receivedAt) {

	@Override
	public String toString() {
		return "SmsReplyReceived[" + inboundId + ", " + answer + "]";
	}
}
