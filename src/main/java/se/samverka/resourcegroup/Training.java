package se.samverka.resourcegroup;

import java.time.LocalDate;
import java.util.UUID;

/** A course a member took (for example "FRG grundutbildning"), when, and until when it is valid (null: no expiry). */
public record Training(UUID id, String name, LocalDate takenOn, LocalDate expiresOn) {

    /** How many days ahead an expiry is shown as coming. */
    public static final int WARN_DAYS = 30;

    public enum State {
        VALID,
        EXPIRING,
        EXPIRED
    }

    /** Expired before {@code today}, expiring within {@link #WARN_DAYS} days, or valid. */
    public State stateOn(LocalDate today) {
        if (expiresOn == null) {
            return State.VALID;
        }
        if (expiresOn.isBefore(today)) {
            return State.EXPIRED;
        }
        return expiresOn.isAfter(today.plusDays(WARN_DAYS)) ? State.VALID : State.EXPIRING;
    }
}
