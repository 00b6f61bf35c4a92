package se.samverka.resourcegroup;

import java.util.List;

/** One page of a list, 25 rows a page, numbered from 1. */
record Page<T>(List<T> rows, long total, int page) {

    static final int SIZE = 25;

    public int pages() {
        return (int) Math.max(1, (total + SIZE - 1) / SIZE);
    }

    static int offset(int page) {
        return (Math.max(1, page) - 1) * SIZE;
    }
}
