package se.samverka.helprequest;

import java.util.List;
import se.samverka.shared.PageNumbers;

/** One page of the queue, numbered from 1. */
record QueuePage(List<QueueRow> rows, int page, int size, long total) {

    public int pageCount() {
        return (int) Math.max(1, (total + size - 1) / size);
    }

    /** The pages to link to: the first, the last and those near this one ({@link PageNumbers}). */
    public List<Integer> pages() {
        return PageNumbers.near(page, pageCount());
    }

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return page < pageCount();
    }

    public int firstIndex() {
        return rows.isEmpty() ? 0 : (page - 1) * size + 1;
    }

    public int lastIndex() {
        return (page - 1) * size + rows.size();
    }
}
