package se.samverka.notification;

import java.util.List;

/** One page of outbox messages, newest first; {@code page} counts from 1. */
record OutboxPage(List<OutboxEntry> messages, int page, int pages, int total) {

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return page < pages;
    }
}
