package se.samverka.callout;

/** How soon a need must be filled; decides how long Samverka waits for answers before asking more people. */
public enum Urgency {
    /** Today, within hours: waves follow each other quickly. */
    URGENT,
    /** Within a day or two. */
    SOON,
    /** Planned ahead: people get time to answer before anyone else is asked. */
    PLANNED;

    public String messageKey() {
        return "callout.urgency." + name();
    }
}
