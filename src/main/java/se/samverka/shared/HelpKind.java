package se.samverka.shared;

/** The kinds of help a volunteer offers and a resident asks for. */
public enum HelpKind {
    SHOPPING,
    PHARMACY,
    OTHER_ERRAND,
    PHONE_COMPANIONSHIP,
    TRANSPORT;

    /** The message key of the kind's name. */
    public String messageKey() {
        return "kind." + name();
    }
}
