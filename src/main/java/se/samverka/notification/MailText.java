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
import se.samverka.crisis.Crises;
import se.samverka.municipality.MunicipalIdentities;
import se.samverka.shared.HelpKind;

/**
 * Writes e-mails and SMS from the message bundle: subject and body under {@code notification.mail.<name>.*}, links that
 * start with the configured base address, and the one place where the municipality's signature (its name, phone and
 * opening hours, address) goes under every e-mail body and every SMS.
 */
@Component
class MailText {

    static final Locale SWEDISH = Locale.forLanguageTag("sv");

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final MessageSource messages;
    private final NotificationProperties properties;
    private final MunicipalIdentities municipality;
    private final Crises crises;

    MailText(
            MessageSource messages,
            NotificationProperties properties,
            MunicipalIdentities municipality,
            Crises crises) {
        this.messages = messages;
        this.properties = properties;
        this.municipality = municipality;
        this.crises = crises;
    }

    /** The language of a message from an event's locale; Swedish unless it says English. */
    Locale locale(String code) {
        return "en".equals(code) ? Locale.ENGLISH : SWEDISH;
    }

    String subject(String name, Locale locale, Object... args) {
        return messages.getMessage("notification.mail." + name + ".subject", args, locale);
    }

    String body(String name, Locale locale, Object... args) {
        return messages.getMessage("notification.mail." + name + ".body", args, locale) + "\n\n" + signature(locale);
    }

    /**
     * The greeting, the service and who runs it: the municipality's name, phone (with hours), address, e-mail. While a
     * crisis runs, a line above it says that the message is sent during the crisis and which number to call.
     */
    String signature(Locale locale) {
        var identity = municipality.current();
        var lines = new StringBuilder();
        crises.current()
                .ifPresent(crisis -> lines.append(messages.getMessage(
                                "notification.crisis.line", new Object[] {crisis.name(), crisis.phone()}, locale))
                        .append("\n\n"));
        lines.append(messages.getMessage("notification.mail.signature", null, locale));
        lines.append('\n').append(identity.name());
        if (identity.hasPhone()) {
            var hours = identity.openingHours(locale.getLanguage());
            lines.append('\n')
                    .append(
                            hours.isBlank()
                                    ? messages.getMessage(
                                            "notification.signature.phone", new Object[] {identity.phone()}, locale)
                                    : messages.getMessage(
                                            "notification.signature.phoneHours",
                                            new Object[] {identity.phone(), hours},
                                            locale));
        }
        if (identity.hasAddress()) {
            lines.append('\n').append(identity.address());
        }
        if (identity.hasEmail()) {
            lines.append('\n').append(identity.email());
        }
        return lines.toString();
    }

    /**
     * An SMS text, {@code notification.mail.<name>.sms}, signed with the municipality's name and phone number when that
     * still fits in {@value SmsLength#MAX_SEGMENTS} SMS (else with the name only, else unsigned).
     */
    String sms(String name, Locale locale, Object... args) {
        return signedSms(messages.getMessage("notification.mail." + name + ".sms", args, locale), locale);
    }

    /**
     * Any SMS text as {@link #sms} sends it: during a crisis first marked as about the crisis, then signed with name
     * and phone, the name only, or unsigned if nothing fits.
     */
    String signedSms(String text, Locale locale) {
        // during a crisis every SMS starts by saying so, ahead of the text (a question stays last, above the signature)
        var crisis = crises.current();
        if (crisis.isPresent()) {
            var marked = messages.getMessage(
                            "notification.crisis.sms",
                            new Object[] {crisis.get().name()},
                            locale) + "\n" + text;
            // a crisis name so long that the text would no longer fit is left out rather than the message
            if (SmsLength.segments(marked) <= SmsLength.MAX_SEGMENTS) {
                text = marked;
            }
        }
        var identity = municipality.current();
        var candidates = identity.hasPhone()
                ? new String[] {
                    messages.getMessage(
                            "notification.sms.signature", new Object[] {identity.name(), identity.phone()}, locale),
                    identity.name()
                }
                : new String[] {identity.name()};
        for (var signature : candidates) {
            var signed = text + "\n" + signature;
            if (SmsLength.segments(signed) <= SmsLength.MAX_SEGMENTS) {
                return signed;
            }
        }
        return text;
    }

    /** The municipality's name, as its signature gives it. */
    String municipalityName() {
        return municipality.current().name();
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
