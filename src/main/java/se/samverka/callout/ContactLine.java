package se.samverka.callout;

import java.time.ZonedDateTime;
import java.util.UUID;

/** One recorded contact with a volunteer, at local time. */
public record ContactLine(
        UUID volunteerId, ZonedDateTime at, ContactEntry entry, String channel, ContactSource source, UUID refId) {}
