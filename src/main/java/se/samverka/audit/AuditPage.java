package se.samverka.audit;

import java.util.List;
import se.samverka.shared.PageNumbers;

/** One page of audit entries, newest first, numbered from 1. */
record AuditPage(List<AuditEntry> entries, int page, int size, long total) {

    static final int SIZE = 50;

    static AuditPage empty() {
        return new AuditPage(List.of(), 1, SIZE, 0);
    }

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
}
