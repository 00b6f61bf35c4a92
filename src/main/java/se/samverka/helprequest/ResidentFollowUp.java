package se.samverka.helprequest;

import java.time.Instant;
import java.util.UUID;

/** The SMS question to a resident after their request was done, and what they answered (null: no answer yet). */
record ResidentFollowUp(UUID requestId, String phone, Instant askedAt, String answer, Instant answeredAt) {}
