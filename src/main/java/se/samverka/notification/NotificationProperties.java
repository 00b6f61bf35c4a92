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
 */
@ConfigurationProperties("samverka.notification")
record NotificationProperties(@DefaultValue("http://localhost:8080") String baseUrl,
		@DefaultValue("samverka@localhost") String from, @DefaultValue("false") boolean deliver,
		@DefaultValue("30s") Duration retryDelay, @DefaultValue("samordnare@localhost") String coordinatorAddress,
		@DefaultValue("20") int maxAttempts) {

	NotificationProperties {
		baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
		if (maxAttempts < 1) {
			throw new IllegalArgumentException("samverka.notification.max-attempts must be at least 1");
		}
	}
}
