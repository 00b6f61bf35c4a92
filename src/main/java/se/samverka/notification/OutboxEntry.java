package se.samverka.notification;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
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

    /** What stands in a masked link instead of a token or a parameter's value. */
    static final String HIDDEN = "\u2022\u2022\u2022\u2022";

    private static final Pattern QUERY_VALUE = Pattern.compile("([?&][^=&#\\s]+=)[^&#\\s]+");

    private static final Pattern CODE = Pattern.compile("\\b\\d{6}\\b");

    private static final Pattern TOKEN_SEGMENT = Pattern.compile("/[A-Za-z0-9_-]{20,}");

    /** The web addresses in the body, in order and without repeats, to show as clickable links. */
    public List<String> links() {
        return LINK.matcher(body)
                .results()
                .map(m -> m.group().replaceAll("[.,;:!?)]+$", ""))
                .distinct()
                .toList();
    }

    /**
     * The body with every link's tokens and parameter values replaced by {@link #HIDDEN}: a login, confirmation or
     * answer link read here would let the reader act as the recipient.
     */
    public String maskedBody() {
        var links = LINK.matcher(body).replaceAll(link -> Matcher.quoteReplacement(masked(link.group())));
        // a staff member's sign-in code (the second factor) is six digits standing alone
        return CODE.matcher(links).replaceAll(HIDDEN);
    }

    static String masked(String link) {
        var withoutValues = QUERY_VALUE.matcher(link).replaceAll("$1" + HIDDEN);
        return TOKEN_SEGMENT.matcher(withoutValues).replaceAll("/" + HIDDEN);
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
