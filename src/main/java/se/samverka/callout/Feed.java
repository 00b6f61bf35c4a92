package se.samverka.callout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where a reader of a table with an identity column stands: the highest number seen, and the numbers below it
 * not seen yet (holes). A hole is a row of a transaction that had not committed when we read, or one that rolled
 * back; it is read again until it turns up or is ten minutes old.
 */
final class Feed {

    private static final long HOLE_NANOS = 10L * 60 * 1_000_000_000;
    /** A gap wider than this is not followed number by number. */
    private static final long WIDEST_GAP = 1_000;

    private long high;
    private final Map<Long, Long> holes = new HashMap<>();

    /** Starts after {@code high}, reading the {@code recheck} numbers up to it again in case some had not committed. */
    void reset(long high, int recheck) {
        this.high = high;
        holes.clear();
        var now = System.nanoTime();
        for (long seq = Math.max(1, high - recheck + 1); seq <= high; seq++) {
            holes.put(seq, now);
        }
    }

    long high() {
        return high;
    }

    List<Long> holes() {
        var now = System.nanoTime();
        holes.values().removeIf(since -> now - since > HOLE_NANOS);
        return new ArrayList<>(holes.keySet());
    }

    /** Notes the numbers read, in ascending order. */
    void saw(List<Long> seqs) {
        var now = System.nanoTime();
        for (var seq : seqs) {
            holes.remove(seq);
            if (seq > high) {
                if (seq - high <= WIDEST_GAP) {
                    for (long gap = high + 1; gap < seq; gap++) {
                        holes.put(gap, now);
                    }
                }
                high = seq;
            }
        }
    }
}
