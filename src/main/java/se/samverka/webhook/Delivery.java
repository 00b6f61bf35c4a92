package se.samverka.webhook;

import java.time.Instant;
import java.util.UUID;

/** One event on its way to one endpoint: PENDING (with the next try), DELIVERED or FAILED (given up). */
public record Delivery(
        UUID id,
        UUID endpointId,
        String eventType,
        String payload,
        String status,
        int attempts,
        Integer lastStatus,
        String lastError,
        Instant createdAt,
        Instant nextAttemptAt,
        Instant deliveredAt) {

    public boolean pending() {
        return "PENDING".equals(status);
    }

    public String eventKey() {
        return WebhookEvent.ofType(eventType).messageKey();
    }
}
