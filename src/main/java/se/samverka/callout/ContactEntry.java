package se.samverka.callout;

/** One line in a volunteer's contact ledger. Only asks count against the contact budget. */
public enum ContactEntry {
    ASK,
    YES,
    NO,
    STAND_DOWN,
    LATE_REPLY,
    THANKS;

    public String messageKey() {
        return "callout.contact." + name();
    }
}
