package se.samverka.helprequest;

import java.util.Set;

/** Where a request stands. NEW waits for a coordinator; OPEN may be offered; the last three are closed. */
public enum HelpRequestStatus {
    NEW,
    OPEN,
    ASSIGNED,
    DONE,
    CANCELLED,
    NOT_HELPED;

    public static final Set<HelpRequestStatus> CLOSED = Set.of(DONE, CANCELLED, NOT_HELPED);

    public boolean isClosed() {
        return CLOSED.contains(this);
    }

    public String messageKey() {
        return "status." + name();
    }
}
