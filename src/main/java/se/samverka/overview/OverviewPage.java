package se.samverka.overview;

import java.util.List;

/**
 * One page of a list behind a figure; {@code page} counts from 1.
 *
 * @param rows the rows on this page
 * @param page this page
 * @param pages how many pages there are, at least 1
 * @param total how many rows there are in all
 */
public record OverviewPage<T>(List<T> rows, int page, int pages, long total) {

    /** Rows per page in every list behind the overview. */
    public static final int SIZE = 25;

    public OverviewPage {
        rows = List.copyOf(rows);
    }

    /** The page to show for a requested page number: within 1 and the last page. */
    public static int clamp(int requested, long total) {
        int pages = pages(total);
        return Math.max(1, Math.min(requested, pages));
    }

    public static int pages(long total) {
        return (int) Math.max(1, (total + SIZE - 1) / SIZE);
    }

    /** The first row's offset for the page. */
    public static int offset(int page) {
        return (page - 1) * SIZE;
    }

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return page < pages;
    }
}
