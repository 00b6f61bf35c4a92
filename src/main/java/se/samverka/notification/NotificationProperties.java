package se.samverka.notification;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code samverka.notification.*}.
 *
 * @param baseUrl the address links in messages start with, without a trailing slash
 * @param from the sender address of e-mails
 * @param deliver whether messages are sent at all; when false they are only kept in the outbox (demo)
 * @param retryDelay the wait after the first failed attempt; it doubles with every further attempt
 * @param coordinatorAddress where messages for the coordinators go
 * @param maxAttempts after this many failed attempts a message is given up
 * @param claimLease how long another instance's claim on a message holds before the message counts as stuck
 *        and is sent again (this instance's own claims are taken back at its start, see OutboxRecovery)
 * @param instanceId the name under which this instance claims messages; blank: host name and server port
 */
@ConfigurationProperties("samverka.notification")
record NotificationProperties(
        @DefaultValue("http://localhost:8080") String baseUrl,
        @DefaultValue("samverka@localhost") String from,
        @DefaultValue("false") boolean deliver,
        @DefaultValue("30s") Duration retryDelay,
        @DefaultValue("samordnare@localhost") String coordinatorAddress,
        @DefaultValue("20") int maxAttempts,
        @DefaultValue("10m") Duration claimLease,
        @DefaultValue("") String instanceId) {

    NotificationProperties {
        baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("samverka.notification.max-attempts must be at least 1");
        }
        if (claimLease.compareTo(Duration.ofMinutes(1)) < 0) {
            // a send (SMTP with its timeouts) must fit in the lease, or a live sender's message is sent twice
            throw new IllegalArgumentException("samverka.notification.claim-lease must be at least 1m");
        }
    }
}
