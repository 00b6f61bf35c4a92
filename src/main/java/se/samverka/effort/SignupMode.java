package se.samverka.effort;

/** How a volunteer gets a place: at once, or after the effort's coordinator approved the application. */
public enum SignupMode {
    INSTANT,
    APPLICATION;

    public String messageKey() {
        return "effort.mode." + name();
    }
}
