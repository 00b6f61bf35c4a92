package se.samverka.helprequest;

import java.time.Instant;

/** One line of a request's history: who did what, when, and how the status changed. */
public record HistoryEntry(
        Instant at, String actor, String action, HelpRequestStatus from, HelpRequestStatus to, String detail) {}
