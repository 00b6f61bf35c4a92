package se.samverka.notification;

import jakarta.mail.MessagingException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import se.samverka.shared.PhoneNumber;

/**
 * Sends the outbox's e-mails and SMS. Each message is claimed with a conditional UPDATE before it is sent, so two
 * app instances (or the recurring task and the send right after commit) never send the same message.
 *
 * <p>Delivery is exactly once across a database outage: when a message went out but could not be marked SENT
 * because the database was gone, the instance keeps its id in memory and marks it as soon as the database is
 * back, before sending anything else. It is at least once across a crash: if the app dies after the SMTP server
 * took a message but before it is marked SENT, the message is sent again (at the instance's restart, see
 * {@link OutboxRecovery}, or by another instance when the claim's lease runs out). That window is the few
 * milliseconds between the two steps; a duplicate mail is better than a lost one.
 *
 * <p>SMS messages go the same way through the {@link SmsGateway}, but only when an SMS provider is configured;
 * without one they are held in the outbox from the start (see {@link Outbox}).
 */
@Component
class OutboxSender {

    static final Duration MAX_DELAY = Duration.ofHours(1);

    private static final int BATCH = 50;

    private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);

    private final OutboxRepository repository;
    private final JavaMailSender mailSender;
    private final SmsGateway smsGateway;
    private final NotificationProperties properties;
    private final SmsProperties smsProperties;
    private final OutboxInstance instance;
    private final Clock clock;
    private final DeliveryMetrics metrics;

    /** Sent, but the database was gone when they were to be marked SENT. */
    private final Set<UUID> sentNotRecorded = ConcurrentHashMap.newKeySet();

    /** Claimed but not sent, and the database was gone before the claim could be given back. */
    private final Set<UUID> claimedNotSent = ConcurrentHashMap.newKeySet();

    OutboxSender(
            OutboxRepository repository,
            JavaMailSender mailSender,
            SmsGateway smsGateway,
            NotificationProperties properties,
            SmsProperties smsProperties,
            OutboxInstance instance,
            Clock clock,
            DeliveryMetrics metrics) {
        this.metrics = metrics;
        this.repository = repository;
        this.mailSender = mailSender;
        this.smsGateway = smsGateway;
        this.properties = properties;
        this.smsProperties = smsProperties;
        this.instance = instance;
        this.clock = clock;
    }

    /** Sends what is due. The recurring task calls this every few seconds; it is the delivery guarantee. */
    void sendDue() {
        if (!properties.deliver()) {
            return;
        }
        recordSentAfterOutage();
        var released = repository.releaseExpiredClaims(clock.instant(), "Sending was interrupted");
        if (released > 0) {
            log.warn("{} outbox message(s) were stuck while sending and are queued again", released);
        }
        for (var id : repository.dueIds(OutgoingMessage.Channel.EMAIL, clock.instant(), BATCH)) {
            sendOne(id);
        }
        if (smsProperties.configured()) {
            for (var id : repository.dueIds(OutgoingMessage.Channel.SMS, clock.instant(), BATCH)) {
                sendOne(id);
            }
        }
    }

    /** Tries to send one new message at once, in the background. */
    @Async
    public void sendSoon(UUID id) {
        if (properties.deliver()) {
            sendOne(id);
        }
    }

    /** Sends the message if it is due and nobody else has claimed it. */
    void sendOne(UUID id) {
        var now = clock.instant();
        if (!sentNotRecorded.isEmpty()
                || !claimedNotSent.isEmpty()
                || !repository.claim(id, now, now.plus(properties.claimLease()), instance.id())) {
            return;
        }
        OutboxEntry message;
        try {
            message = repository.find(id).orElseThrow();
        } catch (DataAccessException e) {
            claimedNotSent.add(id);
            throw e;
        }
        try {
            send(message);
        } catch (RuntimeException | MessagingException e) {
            failedOrKept(message, e);
            return;
        }
        metrics.sent(message.channel());
        markSent(id);
    }

    private void markSent(UUID id) {
        try {
            repository.markSent(id, clock.instant());
            sentNotRecorded.remove(id);
        } catch (DataAccessException e) {
            // the claim stays ours: nobody sends it again while this instance lives, and it is marked when the
            // database is back (if this instance dies first, its restart sends it again: at least once)
            sentNotRecorded.add(id);
            log.warn(
                    "Outbox message {} was sent but could not be marked sent ({}); will mark it when the database is back",
                    id,
                    describe(e));
        }
    }

    /** First what the database could not be told during an outage: sent ones are marked, unsent ones queued. */
    void recordSentAfterOutage() {
        for (var id : List.copyOf(sentNotRecorded)) {
            markSent(id);
        }
        for (var id : List.copyOf(claimedNotSent)) {
            repository.releaseClaim(id, instance.id(), clock.instant());
            claimedNotSent.remove(id);
        }
    }

    private void failedOrKept(OutboxEntry message, Exception e) {
        try {
            failed(message, e);
        } catch (DataAccessException outage) {
            claimedNotSent.add(message.id());
            throw outage;
        }
    }

    /** The instance's own record of sends not yet marked in the database, for tests. */
    int sentNotRecorded() {
        return sentNotRecorded.size();
    }

    private void send(OutboxEntry message) throws MessagingException {
        if (message.channel() == OutgoingMessage.Channel.SMS) {
            // the provider's id is not kept: delivery reports are not used (yet)
            smsGateway.send(new PhoneNumber(message.recipient()), message.body());
            return;
        }
        var mime = mailSender.createMimeMessage();
        var helper = new MimeMessageHelper(mime, false, "UTF-8");
        helper.setFrom(properties.from());
        helper.setTo(message.recipient());
        helper.setSubject(message.subject());
        helper.setText(message.body(), false);
        mime.setHeader("Auto-Submitted", "auto-generated");
        mailSender.send(mime);
    }

    private void failed(OutboxEntry message, Exception e) {
        var attempts = message.attempts() + 1;
        var giveUp = attempts >= properties.maxAttempts();
        var error = describe(e);
        repository.markAttemptFailed(
                message.id(),
                attempts,
                giveUp ? OutboxStatus.FAILED : OutboxStatus.PENDING,
                error,
                clock.instant().plus(delay(properties.retryDelay(), message.attempts())));
        metrics.failed(message.channel(), giveUp, error);
        // the error text names only exception types: their messages may contain the address
        log.warn(
                "Could not send outbox message {} (attempt {}{}): {}",
                message.id(),
                attempts,
                giveUp ? ", giving up" : "",
                error);
    }

    /** The wait before the next attempt: the retry delay doubled for every earlier attempt, at most an hour. */
    static Duration delay(Duration retryDelay, int earlierAttempts) {
        if (earlierAttempts >= 30) {
            return MAX_DELAY;
        }
        var delay = retryDelay.multipliedBy(1L << earlierAttempts);
        return delay.compareTo(MAX_DELAY) > 0 ? MAX_DELAY : delay;
    }

    /** A short description without personal data: the exception types only. */
    static String describe(Throwable e) {
        var text = new StringBuilder(e.getClass().getSimpleName());
        var cause = e.getCause();
        for (var depth = 0; cause != null && cause != e && depth < 3; depth++) {
            text.append(" < ").append(cause.getClass().getSimpleName());
            e = cause;
            cause = cause.getCause();
        }
        return text.length() > 500 ? text.substring(0, 500) : text.toString();
    }
}
