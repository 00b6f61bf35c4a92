package se.samverka.organisation;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Searches the approved organisations by text, district and kind of activity, a page at a time. */
@Service
class Directory {

    static final int PAGE_SIZE = 20;

    private final DirectoryQueries search;

    Directory(DirectoryQueries search) {
        this.search = search;
    }

    /** The page asked for, or the nearest one there is; {@code page} counts from 1. */
    @Transactional(readOnly = true)
    DirectoryPage search(String text, String district, ActivityKind activity, int page) {
        var total = search.countApproved(text, district, activity);
        var pages = Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        var current = Math.min(Math.max(page, 1), pages);
        var organisations = search.approved(text, district, activity, PAGE_SIZE, (current - 1) * PAGE_SIZE);
        return new DirectoryPage(organisations, current, pages, total);
    }
}
