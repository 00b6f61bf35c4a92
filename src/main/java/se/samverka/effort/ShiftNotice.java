package se.samverka.effort;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

/**
 * Something a volunteer must be told about their shift or effort, by e-mail. {@code refId} makes the message
 * unique (the shift, the effort, or one coordinator message); {@code text} is the coordinator's own words for
 * a {@link Reason#MESSAGE}, null otherwise.
 */
public record ShiftNotice(
        Reason reason,
        UUID refId,
        UUID volunteerId,
        String email,
        String locale,
        String effortTitle,
        String shiftTitle,
        LocalDate date,
        LocalTime from,
        LocalTime to,
        String place,
        String text) {

    public enum Reason {
        /** A place came free and the first on the waiting list got it. */
        MOVED_UP,
        /** The coordinator approved the application. */
        APPROVED,
        /** The coordinator did not approve the application. */
        REJECTED,
        /** The shift's time or place changed; {@code text} says what it was before. */
        SHIFT_CHANGED,
        /** The shift was cancelled. */
        SHIFT_CANCELLED,
        /** A message from the coordinator to everyone on the shift. */
        MESSAGE,
        /** The effort is closed: thank you for taking part. */
        THANKS
    }
}
