package se.samverka.organisation;

/** A representative's role in their organisation: admins also manage the page and the other members. */
public enum MemberRole {
    ADMIN,
    COORDINATOR;

    public String messageKey() {
        return "organisation.memberRole." + name();
    }
}
