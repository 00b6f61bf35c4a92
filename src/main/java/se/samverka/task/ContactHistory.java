package se.samverka.task;

import java.time.Instant;

/** How much a volunteer has been asked and used lately: the inputs to the ask limit and the score. */
record ContactHistory(int asksInWindow, Instant lastAskedAt, int tasksLast30Days, boolean alreadyAskedForThis) {

    static final ContactHistory NONE = new ContactHistory(0, null, 0, false);
}
