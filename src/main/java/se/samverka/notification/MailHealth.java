package se.samverka.notification;

import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;

/**
 * The mail server as a health component named {@code mail}, in place of Boot's own indicator (switched off in
 * application.properties): that one opened an SMTP connection on every call and made the whole service DOWN.
 * This one connects at most once per interval, answers from the last check in between, shows an unreachable
 * server as {@link DeliveryHealth#UNREACHABLE} and logs one line when the state changes, never a stack trace.
 */
@Component("mailHealthIndicator")
class MailHealth implements HealthIndicator {

    private static final Logger log = LoggerFactory.getLogger(MailHealth.class);

    private final JavaMailSender mailSender;
    private final NotificationProperties properties;
    private final long intervalNanos;
    private Health last;
    private long checkedAt;

    MailHealth(
            JavaMailSender mailSender,
            NotificationProperties properties,
            @Value("${samverka.notification.health-interval:60s}") Duration interval) {
        this.mailSender = mailSender;
        this.properties = properties;
        this.intervalNanos = interval.toNanos();
    }

    @Override
    public synchronized Health health() {
        if (!properties.deliver()) {
            return Health.unknown()
                    .withDetail("delivery", "off: messages stay in the outbox (Utkorg)")
                    .build();
        }
        if (!(mailSender instanceof JavaMailSenderImpl smtp)) {
            return Health.unknown().withDetail("delivery", "not over SMTP").build();
        }
        if (last == null || System.nanoTime() - checkedAt >= intervalNanos) {
            var previous = last == null ? null : last.getStatus();
            last = check(smtp);
            checkedAt = System.nanoTime();
            if (previous != null && !previous.equals(last.getStatus())) {
                log.warn("Mail server {}:{} is now {}", smtp.getHost(), smtp.getPort(), last.getStatus());
            } else if (previous == null && !Status.UP.equals(last.getStatus())) {
                log.warn(
                        "Mail server {}:{} cannot be reached: {}",
                        smtp.getHost(),
                        smtp.getPort(),
                        last.getDetails().get("error"));
            }
        }
        return last;
    }

    private static Health check(JavaMailSenderImpl smtp) {
        var builder = Health.up();
        try {
            smtp.testConnection();
        } catch (Exception e) {
            // only the exception types: a server's message may echo an address
            builder = Health.status(DeliveryHealth.UNREACHABLE).withDetail("error", OutboxSender.describe(e));
        }
        return builder.withDetail("server", smtp.getHost() + ":" + smtp.getPort())
                .withDetail("checkedAt", Instant.now().toString())
                .build();
    }
}
