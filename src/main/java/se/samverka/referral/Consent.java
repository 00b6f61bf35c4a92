package se.samverka.referral;

import java.time.Instant;
import java.util.UUID;

/** The resident's recorded consent to share their request with an association. */
public record Consent(UUID requestId, ConsentMethod method, String note, String recordedBy, Instant recordedAt) {}
