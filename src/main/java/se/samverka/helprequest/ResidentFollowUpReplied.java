package se.samverka.helprequest;

import java.time.Instant;
import java.util.UUID;

/**
 * The resident answered the follow-up SMS with a no, or with free text that is neither yes nor no: what they
 * wrote is their feedback on the request. Published once per received SMS.
 *
 * @param saidNo whether the reply was read as a no (not helped)
 * @param text the SMS as written; may be null
 */
public record ResidentFollowUpReplied(UUID requestId, UUID smsId, boolean saidNo, String text, Instant receivedAt) {

    @Override
    public String toString() {
        return "ResidentFollowUpReplied[" + requestId + ", " + smsId + "]";
    }
}
