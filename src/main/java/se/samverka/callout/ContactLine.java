package se.samverka.callout;

import java.time.Instant;
import java.util.UUID;

/** One recorded contact with a volunteer. */
public record ContactLine(UUID volunteerId, Instant at, ContactEntry entry, String channel, ContactSource source,
		UUID refId) {
}
