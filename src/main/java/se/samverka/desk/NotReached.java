package se.samverka.desk;

/**
 * Why a selected volunteer will not get a message, first match wins; the same rules as the call-out's, so a
 * coordinator's message cannot reach someone a call-out could not ask.
 */
enum NotReached {
    SUSPENDED,
    NOT_CONFIRMED,
    PAUSED,
    /** Their ask frequency is "only in a crisis": they asked not to be contacted in everyday work. */
    DO_NOT_CONTACT,
    /** Wants SMS and has no mobile number. */
    NO_CHANNEL,
    BUDGET_USED;

    public String messageKey() {
        return "desk.message.notReached." + name();
    }
}
