package se.samverka.retention;

import java.time.Instant;
import java.util.UUID;

/** One category's part of a run, as the admin page lists it. */
record RunLine(
        UUID runId,
        String category,
        String decision,
        int keepMonths,
        Instant cutoff,
        Instant startedAt,
        Instant finishedAt,
        long rowsRemoved,
        RunOutcome outcome,
        String triggeredBy) {}
