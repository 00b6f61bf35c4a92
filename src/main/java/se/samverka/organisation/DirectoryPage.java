package se.samverka.organisation;

import java.util.List;

/** One page of the public directory; {@code page} counts from 1. */
record DirectoryPage(List<Organisation> organisations, int page, int pages, int total) {

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return page < pages;
    }
}
