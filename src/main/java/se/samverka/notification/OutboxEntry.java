package se.samverka.notification;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import se.samverka.shared.PhoneNumber;

/** A message as stored in the outbox. */
record OutboxEntry(
        UUID id,
        Instant createdAt,
        OutgoingMessage.Channel channel,
        String recipient,
        String subject,
        String body,
        OutboxStatus status,
        int attempts,
        Instant nextAttemptAt,
        String lastError,
        Instant sentAt) {

    private static final Pattern LINK = Pattern.compile("https?://[^\\s<>\"']+");

    /** The web addresses in the body, in order and without repeats, to show as clickable links. */
    public List<String> links() {
        return LINK.matcher(body)
                .results()
                .map(m -> m.group().replaceAll("[.,;:!?)]+$", ""))
                .distinct()
                .toList();
    }

    /** The recipient as people write it: 070-123 45 67 for a Swedish phone number. */
    public String recipientDisplay() {
        if (channel != OutgoingMessage.Channel.SMS) {
            return recipient;
        }
        try {
            return new PhoneNumber(recipient).display();
        } catch (IllegalArgumentException e) {
            return recipient;
        }
    }

    /** How many SMS the text takes; 0 for e-mail. */
    public int smsSegments() {
        return channel == OutgoingMessage.Channel.SMS ? SmsLength.segments(body) : 0;
    }

    @Override
    public String toString() {
        return "OutboxEntry[" + id + ", " + status + "]";
    }
}
