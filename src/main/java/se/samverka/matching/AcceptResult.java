package se.samverka.matching;

/** What happened when a volunteer answered an offer. */
enum AcceptResult {
    /** The task is theirs. */
    ACCEPTED,
    /** Someone else was first, or a coordinator assigned it: thank you, not needed. */
    ALREADY_TAKEN,
    /** The request was closed or the offer withdrawn. */
    NO_LONGER_NEEDED,
    /** They had declined this offer before. */
    DECLINED,
    /** They had already accepted it (a second click). */
    ALREADY_ACCEPTED
}
