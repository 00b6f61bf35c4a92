package se.samverka.callout;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;

/**
 * The order in which volunteers are asked: least recently asked first, where an ask older than {@link #WINDOW}
 * counts as never asked (the longest contact-budget window: older asks decide nothing), then by volunteer id.
 */
final class LeastRecentlyAsked {

    /** The longest contact-budget window. */
    static final Duration WINDOW = Duration.ofDays(31);

    /** The order of the index's lists, by the last ask whatever its age; see {@link #walk}. */
    static final Comparator<Candidate> STORED = Comparator.comparing(
                    Candidate::lastAskedAt, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(Candidate::volunteerId);

    private LeastRecentlyAsked() {}

    /** The order at that instant: asks before the window count as none. */
    static Comparator<Candidate> at(Instant now) {
        var since = now.minus(WINDOW);
        return Comparator.comparing(
                        (Candidate c) -> lastAskSince(c, since), Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(Candidate::volunteerId);
    }

    private static Instant lastAskSince(Candidate c, Instant since) {
        var last = c.lastAskedAt();
        return last == null || last.isBefore(since) ? null : last;
    }

    /**
     * Visits a list sorted by {@link #STORED} in the order {@link #at} gives for {@code now}, without sorting it:
     * the never-asked come first and the asked-before-the-window right after them, so only that short run is
     * merged into the never-asked by id.
     */
    static void walk(List<IndexEntry> list, Instant now, Consumer<IndexEntry> visit) {
        var since = now.minus(WINDOW);
        var firstAsked = firstWhere(list, 0, e -> e.candidate.lastAskedAt() != null);
        var firstRecent =
                firstWhere(list, firstAsked, e -> !e.candidate.lastAskedAt().isBefore(since));
        if (firstRecent == firstAsked) {
            list.forEach(visit);
            return;
        }
        var expired = new ArrayList<>(list.subList(firstAsked, firstRecent));
        expired.sort(Comparator.comparing(e -> e.candidate.volunteerId()));
        int i = 0;
        int j = 0;
        while (i < firstAsked || j < expired.size()) {
            if (j == expired.size()
                    || (i < firstAsked
                            && list.get(i)
                                            .candidate
                                            .volunteerId()
                                            .compareTo(expired.get(j).candidate.volunteerId())
                                    < 0)) {
                visit.accept(list.get(i++));
            } else {
                visit.accept(expired.get(j++));
            }
        }
        for (int k = firstRecent; k < list.size(); k++) {
            visit.accept(list.get(k));
        }
    }

    /** The first index from {@code from} on where the predicate holds, for a predicate false then true. */
    private static int firstWhere(List<IndexEntry> list, int from, java.util.function.Predicate<IndexEntry> p) {
        int lo = from;
        int hi = list.size();
        while (lo < hi) {
            var mid = (lo + hi) >>> 1;
            if (p.test(list.get(mid))) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }
}
