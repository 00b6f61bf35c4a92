package se.samverka.webhook;

/** The events an endpoint may subscribe to, by the name they carry in a delivery's {@code type}. */
public enum WebhookEvent {
    SHIFT_FILLED("shift.filled"),
    SHIFT_CANCELLED("shift.cancelled"),
    REFERRAL_OFFERED("referral.offered"),
    /** Only sent by "send a test event"; nobody subscribes to it. */
    TEST("test");

    private final String type;

    WebhookEvent(String type) {
        this.type = type;
    }

    String type() {
        return type;
    }

    public String messageKey() {
        return "webhook.event." + name();
    }

    static WebhookEvent ofType(String type) {
        for (var event : values()) {
            if (event.type.equals(type)) {
                return event;
            }
        }
        throw new IllegalArgumentException(type);
    }
}
