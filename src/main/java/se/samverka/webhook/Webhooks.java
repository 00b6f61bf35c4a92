package se.samverka.webhook;

import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.samverka.audit.AuditAction;
import se.samverka.audit.AuditLog;
import se.samverka.shared.PersonRef;
import tools.jackson.databind.json.JsonMapper;

/**
 * An association's webhooks: endpoints registered and disabled by its administrators (audited), and the events
 * written as deliveries, one per event and endpoint, in the caller's transaction.
 */
@Service
public class Webhooks {

    /** The secret's prefix, so that a leaked one is easy to recognise. */
    static final String PREFIX = "whsec_";

    private static final SecureRandom RANDOM = new SecureRandom();

    private final WebhookRepository repository;
    private final AuditLog audit;
    private final JsonMapper json;
    private final Clock clock;

    Webhooks(WebhookRepository repository, AuditLog audit, JsonMapper json, Clock clock) {
        this.repository = repository;
        this.audit = audit;
        this.json = json;
        this.clock = clock;
    }

    /** An endpoint just registered: {@code secret} is shown this once. */
    record Registered(UUID id, String secret) {}

    @Transactional
    Registered register(UUID organisationId, URI url, Set<WebhookEvent> events, UUID accountId, String username) {
        var bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        var secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        var id = UUID.randomUUID();
        repository.insertEndpoint(
                new Endpoint(id, organisationId, url.toString(), events, secret, username, clock.instant(), null));
        audit.record(
                AuditAction.CHANGE,
                PersonRef.account(accountId),
                "webhook.create",
                "organisation " + organisationId + ", endpoint " + id);
        return new Registered(id, secret);
    }

    @Transactional
    boolean disable(UUID organisationId, UUID endpointId, UUID accountId) {
        var changed = repository.disable(organisationId, endpointId, clock.instant());
        if (changed) {
            audit.record(
                    AuditAction.CHANGE,
                    PersonRef.account(accountId),
                    "webhook.disable",
                    "organisation " + organisationId + ", endpoint " + endpointId);
        }
        return changed;
    }

    @Transactional(readOnly = true)
    List<Endpoint> endpoints(UUID organisationId) {
        return repository.endpointsOf(organisationId);
    }

    /** Queues a test event to one active endpoint of the organisation; false when there is none such. */
    @Transactional
    boolean sendTest(UUID organisationId, UUID endpointId) {
        var endpoint =
                repository.endpoint(endpointId).filter(e -> e.organisationId().equals(organisationId));
        if (endpoint.isEmpty() || !endpoint.get().active()) {
            return false;
        }
        var key = "test:" + UUID.randomUUID();
        return repository.insertDelivery(
                endpointId,
                key,
                WebhookEvent.TEST,
                payload(
                        key,
                        WebhookEvent.TEST,
                        organisationId,
                        clock.instant(),
                        Map.of("message", "Hej från Samverka")),
                clock.instant());
    }

    /**
     * Writes the event as a delivery to each of the organisation's active endpoints that wants it. {@code eventKey}
     * names the event: a second call with the same key adds nothing. Returns how many deliveries were added.
     */
    @Transactional
    int enqueue(UUID organisationId, WebhookEvent event, String eventKey, Instant occurredAt, Map<String, ?> data) {
        var body = payload(eventKey, event, organisationId, occurredAt, data);
        var added = 0;
        for (var endpoint : repository.endpointsOf(organisationId)) {
            if (endpoint.wants(event)
                    && repository.insertDelivery(endpoint.id(), eventKey, event, body, clock.instant())) {
                added++;
            }
        }
        return added;
    }

    private String payload(String key, WebhookEvent event, UUID organisationId, Instant at, Map<String, ?> data) {
        var envelope = new LinkedHashMap<String, Object>();
        envelope.put("id", key);
        envelope.put("type", event.type());
        envelope.put("occurredAt", at.toString());
        envelope.put("organisationId", organisationId.toString());
        envelope.put("data", data);
        return json.writeValueAsString(envelope);
    }
}
