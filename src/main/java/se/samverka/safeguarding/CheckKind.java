package se.samverka.safeguarding;

/** What staff checked: an identity document in person, or a criminal-records extract they were shown. */
public enum CheckKind {
    ID_CHECKED,
    CRIMINAL_RECORD_SIGHTED;

    public String messageKey() {
        return "safeguarding.check." + name();
    }
}
