package se.samverka.desk;

import java.util.List;
import se.samverka.shared.PageNumbers;

/** One page of the register, numbered from 1. */
record RegisterPage(List<RegisterRow> rows, int page, int size, long total) {

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

    public long firstIndex() {
        return rows.isEmpty() ? 0 : (long) (page - 1) * size + 1;
    }

    public long lastIndex() {
        return (long) (page - 1) * size + rows.size();
    }
}
