package se.samverka.webhook;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/** An association's registered address and the events it wants; {@code secret} signs every delivery. */
public record Endpoint(
        UUID id,
        UUID organisationId,
        String url,
        Set<WebhookEvent> events,
        String secret,
        String createdBy,
        Instant createdAt,
        Instant disabledAt) {

    public boolean active() {
        return disabledAt == null;
    }

    public boolean wants(WebhookEvent event) {
        return active() && events.contains(event);
    }
}
