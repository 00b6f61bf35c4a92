package se.samverka.callout;

/** What a call-out finds volunteers for. */
public enum SubjectType {
    /** A resident's help request (one volunteer). */
    HELP_REQUEST,
    /** A shift or role in an association's or department's effort. */
    EFFORT_NEED
}
