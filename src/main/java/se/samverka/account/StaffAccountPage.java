package se.samverka.account;

import java.util.List;

/** One page of staff accounts, with the filter that chose them. */
record StaffAccountPage(List<StaffAccount> accounts, Role role, StaffStatus status, int page, int pages, long total) {

    static final int SIZE = 25;

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return page < pages;
    }
}
