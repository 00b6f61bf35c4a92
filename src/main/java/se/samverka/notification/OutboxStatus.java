package se.samverka.notification;

/** Where a message in the outbox is on its way out. */
enum OutboxStatus {
    /** Waiting to be sent at {@code next_attempt_at}. */
    PENDING,
    /** Claimed by one sender; {@code next_attempt_at} is the end of its lease. */
    SENDING,
    SENT,
    /** Kept but never sent, because delivery is off (the demo). */
    HELD,
    /** Given up after too many attempts. */
    FAILED
}
