package se.samverka.collaboration;

/** Where an agreement stands. */
public enum AgreementStatus {
    DRAFT,
    ACTIVE,
    ENDED,
    TERMINATED;

    public String messageKey() {
        return "collaboration.status." + name();
    }
}
