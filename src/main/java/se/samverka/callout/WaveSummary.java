package se.samverka.callout;

import java.time.Instant;

/**
 * One wave of a call-out: when it went out, how many were asked, and how many volunteers near the need who
 * offer that help were left out (budget used, quiet hours, paused, not free then, language).
 */
public record WaveSummary(int wave, Instant sentAt, int asked, int skippedOther) {}
