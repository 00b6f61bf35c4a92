package se.samverka.incident;

/** Who gave feedback and how. */
public enum FeedbackSource {
    VOLUNTEER,
    RESIDENT_PHONE,
    RESIDENT_SMS;

    public String messageKey() {
        return "incident.feedback.source." + name();
    }
}
