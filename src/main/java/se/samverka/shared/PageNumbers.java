package se.samverka.shared;

import java.util.List;
import java.util.stream.IntStream;

/**
 * The page numbers a paged list links to: the first, the last and the two on each side of the current one, so that a
 * queue of 10,000 requests shows seven links, not 400 (which cost most of the page's rendering and did not fit on a
 * phone).
 */
public final class PageNumbers {

    private static final int NEAR = 2;

    private PageNumbers() {}

    /** Ascending, without repeats; {@code page} is clamped into 1..{@code count}. */
    public static List<Integer> near(int page, int count) {
        var last = Math.max(1, count);
        var current = Math.min(last, Math.max(1, page));
        return IntStream.rangeClosed(1, last)
                .filter(p -> p == 1 || p == last || Math.abs(p - current) <= NEAR)
                .boxed()
                .toList();
    }
}
