package se.samverka.registerimport;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** An import with its counts per outcome and, while it runs, how many rows it has done. */
record ImportSummary(
        UUID id,
        ImportKind kind,
        String fileName,
        String uploadedBy,
        Instant uploadedAt,
        String language,
        ImportStatus status,
        String confirmedBy,
        Instant finishedAt,
        int rowCount,
        int processed,
        Map<Outcome, Integer> counts) {

    /** The rows the import will write (new and updated). */
    public int toWrite() {
        return counts.getOrDefault(Outcome.NEW, 0) + counts.getOrDefault(Outcome.UPDATE, 0);
    }

    public int percent() {
        return toWrite() == 0 ? 100 : Math.min(100, processed * 100 / toWrite());
    }
}
