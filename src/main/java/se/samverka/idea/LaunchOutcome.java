package se.samverka.idea;

/** What came of turning an idea into an effort. */
enum LaunchOutcome {
    /** The draft effort was created and linked to the idea. */
    CREATED,
    /** The idea is not in the launched stage, or is an effort already: nothing was created. */
    NOT_LAUNCHED,
    /** The organisation is no longer approved or the department no longer active: nothing was created. */
    UNKNOWN_OWNER
}
