package se.samverka.referral;

import java.time.ZonedDateTime;
import java.util.UUID;

/** One organisation's referral as the municipality sees it, times in the municipality's zone. */
public record ReferralLine(
        UUID id,
        String organisationName,
        ReferralStatus status,
        String offeredBy,
        ZonedDateTime offeredAt,
        ZonedDateTime deadline,
        ZonedDateTime answeredAt,
        String answeredBy,
        String declineReason) {}
