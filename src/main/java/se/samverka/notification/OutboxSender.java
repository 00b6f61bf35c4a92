package se.samverka.notification;

import java.time.Clock;
import java.time.Duration;
import java.util.UUID;

import jakarta.mail.MessagingException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;

import se.samverka.shared.PhoneNumber;

/**
 * Sends the outbox's e-mails and SMS. Each message is claimed with a conditional UPDATE before it is sent, so two
 * app instances (or the recurring task and the send right after commit) never send the same message.
 *
 * <p>Delivery is at least once, not exactly once: if the app dies after the SMTP server took a message but
 * before it is marked SENT, the claim's lease runs out after {@link #LEASE} and the message is sent again.
 * That window is the few milliseconds between the two steps; a duplicate mail is better than a lost one.
 *
 * <p>SMS messages go the same way through the {@link SmsGateway}, but only when an SMS provider is configured;
 * without one they are held in the outbox from the start (see {@link Outbox}).
 */
@Component
class OutboxSender {

	/** How long a claim holds before the message counts as stuck and is queued again. */
	static final Duration LEASE = Duration.ofMinutes(10);

	static final Duration MAX_DELAY = Duration.ofHours(1);

	private static final int BATCH = 50;

	private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);

	private final OutboxRepository repository;
	private final JavaMailSender mailSender;
	private final SmsGateway smsGateway;
	private final NotificationProperties properties;
	private final SmsProperties smsProperties;
	private final Clock clock;
	private final DeliveryMetrics metrics;

	OutboxSender(OutboxRepository repository, JavaMailSender mailSender, SmsGateway smsGateway,
			NotificationProperties properties, SmsProperties smsProperties, Clock clock, DeliveryMetrics metrics) {
		this.metrics = metrics;
		this.repository = repository;
		this.mailSender = mailSender;
		this.smsGateway = smsGateway;
		this.properties = properties;
		this.smsProperties = smsProperties;
		this.clock = clock;
	}

	/** Sends what is due. The recurring task calls this every few seconds; it is the delivery guarantee. */
	void sendDue() {
		if (!properties.deliver()) {
			return;
		}
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
		if (!repository.claim(id, now, now.plus(LEASE))) {
			return;
		}
		var message = repository.find(id).orElseThrow();
		try {
			send(message);
		}
		catch (RuntimeException | MessagingException e) {
			failed(message, e);
			return;
		}
		// if this fails the claim's lease runs out and the message is sent again: at least once
		repository.markSent(id, clock.instant());
		metrics.sent(message.channel());
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
		repository.markAttemptFailed(message.id(), attempts, giveUp ? OutboxStatus.FAILED : OutboxStatus.PENDING,
				error, clock.instant().plus(delay(properties.retryDelay(), message.attempts())));
		metrics.failed(message.channel(), giveUp, error);
		// the error text names only exception types: their messages may contain the address
		log.warn("Could not send outbox message {} (attempt {}{}): {}", message.id(), attempts,
				giveUp ? ", giving up" : "", error);
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
