package se.samverka.safetypoint;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/** A volunteer's check-in for a shift at a safety point; {@code checkedOutAt} is null while they are there. */
record CheckIn(UUID id, UUID safetyPointId, UUID shiftId, UUID volunteerId, Instant checkedInAt, Instant checkedOutAt) {

    boolean isPresent() {
        return checkedOutAt == null;
    }

    /** How long they were there, or have been until {@code now} while still there. */
    Duration duration(Instant now) {
        var end = checkedOutAt == null ? now : checkedOutAt;
        return end.isBefore(checkedInAt) ? Duration.ZERO : Duration.between(checkedInAt, end);
    }
}
