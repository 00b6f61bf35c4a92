package se.samverka.callout;

import java.time.Instant;

/** One wave of a call-out: when, how many asked, how many left out as not offering the kind, too far, or for another reason. */
public record WaveSummary(int wave, Instant sentAt, int asked, int skippedKind, int skippedFar, int skippedOther) {
}
