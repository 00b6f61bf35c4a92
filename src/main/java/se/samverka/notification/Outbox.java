package se.samverka.notification;

import java.time.Clock;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The transactional outbox: every e-mail and SMS Samverka sends is first stored here, in the caller's
 * transaction, and sent afterwards with retries. Call {@link #enqueue(OutgoingMessage)} in the same
 * transaction as the change the message is about, and the message goes out if and only if the change is
 * committed.
 */
@Service
public class Outbox {

    private static final Logger log = LoggerFactory.getLogger(Outbox.class);

    private final OutboxRepository repository;
    private final OutboxSender sender;
    private final NotificationProperties properties;
    private final SmsProperties smsProperties;
    private final Clock clock;

    Outbox(
            OutboxRepository repository,
            OutboxSender sender,
            NotificationProperties properties,
            SmsProperties smsProperties,
            Clock clock) {
        this.repository = repository;
        this.sender = sender;
        this.properties = properties;
        this.smsProperties = smsProperties;
        this.clock = clock;
    }

    /**
     * Queues a message, unless one with the same dedupe key was queued before: a listener that gets the same
     * event twice must not send twice. Returns whether the message was new.
     */
    @Transactional
    public boolean enqueue(OutgoingMessage message) {
        var id = UUID.randomUUID();
        var status = delivers(message.channel()) ? OutboxStatus.PENDING : OutboxStatus.HELD;
        if (!repository.insertIfNew(id, message, status, clock.instant())) {
            log.debug("Outbox already has a {} message with this dedupe key", message.channel());
            return false;
        }
        if (status == OutboxStatus.PENDING) {
            sendSoonAfterCommit(id);
        }
        return true;
    }

    /** Whether messages of the channel are sent; SMS also needs a provider (the demo has none). */
    private boolean delivers(OutgoingMessage.Channel channel) {
        return properties.deliver() && (channel == OutgoingMessage.Channel.EMAIL || smsProperties.configured());
    }

    /**
     * Only for low latency: the recurring task would send it within seconds anyway, so a failure here (or a
     * rollback, in which case nothing runs) changes nothing.
     */
    private void sendSoonAfterCommit(UUID id) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                try {
                    sender.sendSoon(id);
                } catch (RuntimeException e) {
                    log.debug("Could not start sending message {} at once; the recurring task will", id);
                }
            }
        });
    }

    @Transactional(readOnly = true)
    OutboxPage search(OutboxStatus status, String recipient, int page, int pageSize) {
        var total = repository.count(status, recipient);
        var pages = Math.max(1, (total + pageSize - 1) / pageSize);
        var current = Math.min(Math.max(page, 1), pages);
        return new OutboxPage(
                repository.search(status, recipient, (current - 1) * pageSize, pageSize), current, pages, total);
    }
}
