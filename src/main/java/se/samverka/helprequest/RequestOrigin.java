package se.samverka.helprequest;

import java.time.Instant;

/** Where and when a request was made, for aggregates that count per district: no personal data. */
public record RequestOrigin(String districtId, Instant createdAt) {}
