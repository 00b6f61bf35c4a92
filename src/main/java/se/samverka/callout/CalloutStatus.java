package se.samverka.callout;

/** Where a call-out stands. */
public enum CalloutStatus {
    /** Asking, wave by wave, until the need is filled. */
    ACTIVE,
    /** Enough volunteers said yes; everyone else asked was stood down. */
    FILLED,
    /** Stopped by a coordinator, or the need went away (the request was closed or taken care of otherwise). */
    STOPPED;

    public String messageKey() {
        return "callout.status." + name();
    }
}
