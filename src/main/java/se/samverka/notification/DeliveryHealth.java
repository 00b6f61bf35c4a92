package se.samverka.notification;

import org.springframework.boot.health.contributor.Status;

/**
 * The status a delivery channel (mail, SMS) shows when it cannot be reached. It ranks below UP (see
 * {@code management.endpoint.health.status.order}), so it is visible as a component but never takes the service
 * out of the load balancer: the outbox keeps what cannot be sent and retries it.
 */
final class DeliveryHealth {

    static final Status UNREACHABLE =
            new Status("UNREACHABLE", "Cannot be reached; the outbox keeps and retries messages");

    private DeliveryHealth() {}
}
