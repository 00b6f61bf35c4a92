package se.samverka.effort;

import java.time.Instant;
import java.util.UUID;

/**
 * A shift took its last place ({@code filled}) or was cancelled: a call-out for it has nobody left to ask for.
 * {@code occurrenceId} names this one occurrence (a shift may fill, free a place and fill again), so that a
 * consumer that keeps what it did (webhook deliveries) does it once even when the event is delivered twice.
 */
public record ShiftNoLongerOpen(UUID shiftId, boolean filled, UUID occurrenceId, Instant occurredAt) {

    public ShiftNoLongerOpen(UUID shiftId, boolean filled) {
        this(shiftId, filled, UUID.randomUUID(), Instant.now());
    }
}
