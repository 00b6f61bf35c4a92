package se.samverka.crisis;

/** What kind of crisis it is; the name is shown in the admin pages. */
public enum CrisisKind {
    POWER_CUT,
    STORM,
    FIRE,
    FLOOD,
    PANDEMIC,
    OTHER
}
