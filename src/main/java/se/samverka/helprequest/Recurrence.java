package se.samverka.helprequest;

/** A one-off request, or one that comes back every week until it is ended. */
public enum Recurrence {
    ONE_OFF,
    WEEKLY
}
