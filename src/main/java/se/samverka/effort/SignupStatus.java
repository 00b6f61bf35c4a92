package se.samverka.effort;

/** A volunteer's sign-up to a shift. CONFIRMED, WAITING and APPLIED are live; the others are history. */
public enum SignupStatus {
    CONFIRMED,
    WAITING,
    APPLIED,
    WITHDRAWN,
    REJECTED,
    CANCELLED;

    public boolean isLive() {
        return this == CONFIRMED || this == WAITING || this == APPLIED;
    }

    public String messageKey() {
        return "effort.signup.status." + name();
    }
}
