package se.samverka.notification;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;
import se.samverka.shared.HelpKind;

/**
 * Writes e-mails from the message bundle: subject and body under {@code notification.mail.<name>.*}, a
 * signature under every body, and links that start with the configured base address.
 */
@Component
class MailText {

    static final Locale SWEDISH = Locale.forLanguageTag("sv");

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final MessageSource messages;
    private final NotificationProperties properties;

    MailText(MessageSource messages, NotificationProperties properties) {
        this.messages = messages;
        this.properties = properties;
    }

    /** The language of a message from an event's locale; Swedish unless it says English. */
    Locale locale(String code) {
        return "en".equals(code) ? Locale.ENGLISH : SWEDISH;
    }

    String subject(String name, Locale locale, Object... args) {
        return messages.getMessage("notification.mail." + name + ".subject", args, locale);
    }

    String body(String name, Locale locale, Object... args) {
        return messages.getMessage("notification.mail." + name + ".body", args, locale) + "\n\n"
                + messages.getMessage("notification.mail.signature", null, locale);
    }

    /** Any other text of the mail bundle, {@code notification.mail.<name>}. */
    String text(String name, Locale locale, Object... args) {
        return messages.getMessage("notification.mail." + name, args, locale);
    }

    String link(String path) {
        return properties.baseUrl() + path;
    }

    String link(String path, String parameter, String value) {
        return UriComponentsBuilder.fromUriString(properties.baseUrl())
                .path(path)
                .queryParam(parameter, value)
                .encode()
                .build()
                .toUriString();
    }

    /** A long date, for example "tisdag 3 juni 2025" or "Tuesday 3 June 2025". */
    String date(LocalDate date, Locale locale) {
        return DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", locale).format(date);
    }

    String time(LocalTime time) {
        return TIME.format(time);
    }

    String kind(HelpKind kind, Locale locale) {
        return messages.getMessage(kind.messageKey(), null, locale);
    }

    /** A one-way fingerprint, for dedupe keys that must not contain a secret such as a login token. */
    static String fingerprint(String secret) {
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
