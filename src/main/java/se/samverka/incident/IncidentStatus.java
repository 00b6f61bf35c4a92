package se.samverka.incident;

/** Where the handling of an incident stands: new, in progress, closed with an outcome. */
public enum IncidentStatus {
    NEW,
    IN_PROGRESS,
    CLOSED;

    public String messageKey() {
        return "incident.status." + name();
    }
}
