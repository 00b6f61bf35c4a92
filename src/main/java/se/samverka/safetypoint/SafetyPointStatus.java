package se.samverka.safetypoint;

/** Whether a safety point takes people in: open, full (open, but send people elsewhere) or closed. */
public enum SafetyPointStatus {
    OPEN,
    FULL,
    CLOSED;

    /** Open and full points are shown to the public; a closed one is not. */
    public boolean isPublic() {
        return this != CLOSED;
    }
}
