package se.samverka.webhook;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * Sends due deliveries: each is claimed with a conditional UPDATE first (one instance sends it), POSTed with its
 * signature, and then marked DELIVERED on a 2xx, tried again later with a doubled wait after a 5xx, 408, 429 or a
 * network error or timeout, and marked FAILED after {@code max-attempts} or at once on any other answer (a 4xx is
 * the receiver saying no; trying again would not change it).
 */
@Component
class WebhookSender {

    static final Duration MAX_DELAY = Duration.ofHours(6);

    private static final int BATCH = 50;

    private static final Logger log = LoggerFactory.getLogger(WebhookSender.class);

    private final WebhookRepository repository;
    private final WebhookProperties properties;
    private final RestClient client;

    WebhookSender(WebhookRepository repository, WebhookProperties properties) {
        this.repository = repository;
        this.properties = properties;
        var requestFactory = new SimpleClientHttpRequestFactory();
        requestFactory.setConnectTimeout(properties.timeout());
        requestFactory.setReadTimeout(properties.timeout());
        this.client = RestClient.builder().requestFactory(requestFactory).build();
    }

    /** Sends what is due at {@code now}; the recurring task calls this every few seconds. */
    void sendDue(Instant now) {
        for (var id : repository.dueIds(now, BATCH)) {
            sendOne(id, now);
        }
    }

    /** One attempt at the delivery, if it is due at {@code now} and nobody else has claimed it. */
    void sendOne(UUID id, Instant now) {
        // the lease outlasts an attempt (connect + read), so a live sender's delivery is not taken by another
        if (!repository.claim(id, now, now.plus(properties.timeout().multipliedBy(3)))) {
            return;
        }
        var delivery = repository.delivery(id).orElseThrow();
        var endpoint = repository.endpoint(delivery.endpointId()).orElseThrow();
        var attempts = delivery.attempts() + 1;
        if (!endpoint.active()) {
            repository.attempted(id, delivery.attempts(), "FAILED", null, "endpoint disabled", null, null);
            return;
        }
        Integer status = null;
        String error = null;
        try {
            status = client.post()
                    .uri(URI.create(endpoint.url()))
                    .contentType(MediaType.APPLICATION_JSON)
                    .header(
                            WebhookSignature.HEADER,
                            WebhookSignature.header(endpoint.secret(), now.getEpochSecond(), delivery.payload()))
                    .header("Samverka-Event", delivery.eventType())
                    .header("Samverka-Delivery", id.toString())
                    .body(delivery.payload())
                    .exchange((request, response) -> response.getStatusCode().value(), true);
        } catch (RestClientException | IllegalArgumentException e) {
            error = e.getClass().getSimpleName();
        }
        if (status != null && status / 100 == 2) {
            repository.attempted(id, attempts, "DELIVERED", status, null, null, now);
            return;
        }
        var retryable = status == null || status / 100 == 5 || status == 408 || status == 429;
        var giveUp = !retryable || attempts >= properties.maxAttempts();
        repository.attempted(
                id,
                attempts,
                giveUp ? "FAILED" : "PENDING",
                status,
                error,
                giveUp ? null : now.plus(delay(properties.retryDelay(), attempts - 1)),
                null);
        log.info(
                "Webhook delivery {} attempt {} failed ({}){}",
                id,
                attempts,
                status == null ? error : status,
                giveUp ? ", giving up" : "");
    }

    /** The wait before the next attempt: the retry delay doubled for every earlier attempt, at most six hours. */
    static Duration delay(Duration retryDelay, int earlierAttempts) {
        if (earlierAttempts >= 30) {
            return MAX_DELAY;
        }
        var delay = retryDelay.multipliedBy(1L << earlierAttempts);
        return delay.compareTo(MAX_DELAY) > 0 ? MAX_DELAY : delay;
    }
}
