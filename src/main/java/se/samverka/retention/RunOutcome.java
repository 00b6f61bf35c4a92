package se.samverka.retention;

/** How a category's part of a run ended; the label is {@code retention.outcome.<NAME>}. */
enum RunOutcome {
    RUNNING,
    DONE,
    FAILED
}
