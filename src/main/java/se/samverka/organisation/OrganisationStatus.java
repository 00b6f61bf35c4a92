package se.samverka.organisation;

/** Where an organisation's application stands. Only approved organisations are public and may run efforts. */
public enum OrganisationStatus {
    PENDING,
    APPROVED,
    REJECTED;

    public String messageKey() {
        return "organisation.status." + name();
    }
}
