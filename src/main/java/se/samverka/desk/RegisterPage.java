package se.samverka.desk;

import java.util.List;
import java.util.stream.IntStream;

/** One page of the register, numbered from 1. */
record RegisterPage(List<RegisterRow> rows, int page, int size, long total) {

    public int pageCount() {
        return (int) Math.max(1, (total + size - 1) / size);
    }

    /** The pages to link to: the first, the last and those near this one, so a long register stays short. */
    public List<Integer> pages() {
        var last = pageCount();
        return IntStream.rangeClosed(1, last)
                .filter(p -> p == 1 || p == last || Math.abs(p - page) <= 2)
                .boxed()
                .toList();
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
