package se.samverka.effort;

/** Where an effort is in its life: only published efforts are listed and take sign-ups. */
public enum EffortStatus {
    DRAFT,
    PUBLISHED,
    PAUSED,
    CLOSED;

    public String messageKey() {
        return "effort.status." + name();
    }
}
