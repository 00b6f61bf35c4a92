package se.samverka.referral;

import java.time.Instant;
import java.util.UUID;

/** One organisation's referral of a request, as stored. */
record Referral(
        UUID id,
        UUID requestId,
        UUID organisationId,
        ReferralStatus status,
        String summary,
        String offeredBy,
        Instant offeredAt,
        Instant deadline,
        Instant answeredAt,
        String answeredBy,
        String declineReason) {

    boolean isOpenAt(Instant now) {
        return status == ReferralStatus.OFFERED && now.isBefore(deadline);
    }
}
