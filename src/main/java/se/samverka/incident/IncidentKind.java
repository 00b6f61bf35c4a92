package se.samverka.incident;

/** What kind of problem was reported. */
public enum IncidentKind {
    NO_SHOW,
    SUSPECTED_FRAUD,
    ACCIDENT,
    COMPLAINT,
    OTHER;

    public String messageKey() {
        return "incident.kind." + name();
    }
}
