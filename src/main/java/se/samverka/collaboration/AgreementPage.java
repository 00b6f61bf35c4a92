package se.samverka.collaboration;

import java.util.List;

/** One page of the agreement list; {@code page} counts from 1. */
record AgreementPage(List<AgreementLine> lines, int page, int pages, int total) {

    static final int SIZE = 20;

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return page < pages;
    }
}
