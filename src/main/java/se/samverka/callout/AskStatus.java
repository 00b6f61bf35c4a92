package se.samverka.callout;

/** Where one ask stands. */
public enum AskStatus {
    /** Asked, no answer yet. */
    PENDING,
    /** Said yes and got a place. */
    ACCEPTED,
    /** Said no. */
    DECLINED,
    /** Told that they are not needed after all (filled or stopped) before they answered. */
    STOOD_DOWN;

    public String messageKey() {
        return "callout.ask." + name();
    }
}
