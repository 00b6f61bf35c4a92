package se.samverka.desk;

/**
 * Where a volunteer stands, first match wins: suspended; paused today; new (e-mail not confirmed, or missing a
 * check that a kind of help they offer needs); ready.
 */
enum RegisterStatus {
    NEW,
    READY,
    PAUSED,
    SUSPENDED;

    public String messageKey() {
        return "desk.status." + name();
    }
}
