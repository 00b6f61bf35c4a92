package se.samverka.resourcegroup;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/** A member who said yes to a group call-out, and the times on the roll. */
record Turnout(UUID volunteerId, Instant acceptedAt, Instant onWayAt, Instant checkedInAt, Instant checkedOutAt) {

    /** The hours worked: check-out minus check-in, null until both are set. */
    public Duration worked() {
        return checkedInAt == null || checkedOutAt == null ? null : Duration.between(checkedInAt, checkedOutAt);
    }

    /** The hours worked with one decimal, null until checked out. */
    public BigDecimal hours() {
        return Roll.hours(worked());
    }

    /** Where they are now: done, there, on the way, or coming. */
    public String stage() {
        if (checkedOutAt != null) {
            return "DONE";
        }
        if (checkedInAt != null) {
            return "THERE";
        }
        return onWayAt != null ? "ON_WAY" : "COMING";
    }
}
