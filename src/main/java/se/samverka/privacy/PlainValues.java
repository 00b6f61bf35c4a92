package se.samverka.privacy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import se.samverka.district.Districts;
import se.samverka.shared.MunicipalTime;
import se.samverka.shared.PhoneNumber;

/**
 * The one place where a person's stored data is put in plain words for the page: a label for every column, and
 * values as people read them (Ja/Nej, local times, district names, phone numbers, the words for stored codes).
 * The JSON download keeps the raw values.
 */
@Component("plainValues")
public class PlainValues {

    static final ZoneId ZONE = MunicipalTime.ZONE;
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]*");
    private static final Pattern INSTANT = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T.*Z");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern TIME = Pattern.compile("\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?");
    private static final Set<String> PHONES =
            Set.of("phone", "resident_phone", "submitter_phone", "from_number", "contact_phone");
    private static final Set<String> LANGUAGES = Set.of("language", "locale");

    /** Existing message prefixes of the modules for stored codes, by column (module.section.column or column). */
    private static final Map<String, List<String>> CODE_PREFIXES = Map.ofEntries(
            Map.entry("kind", List.of("kind.", "incident.kind.")),
            Map.entry("helprequest.requests.kind", List.of("kind.")),
            Map.entry("volunteer.kinds.kind", List.of("kind.")),
            Map.entry("incident.incidents.kind", List.of("incident.kind.")),
            Map.entry("ask_frequency", List.of("askFrequency.")),
            Map.entry("contact_channel", List.of("contactChannel.")),
            Map.entry("recurrence", List.of("recurrence.")),
            Map.entry("payment_method", List.of("payment.")),
            Map.entry("purpose", List.of("consent.purpose.")),
            Map.entry("role", List.of("account.role.")),
            Map.entry("action", List.of("history.action.")),
            Map.entry("source", List.of("incident.feedback.source.")),
            Map.entry("method", List.of("referral.consent.method.", "desk.idcheck.method.")),
            Map.entry("notification.outbox.status", List.of("notification.outbox.status.")),
            Map.entry("notification.outbox.channel", List.of("notification.outbox.channel.")),
            Map.entry("effort.signups.status", List.of("effort.signup.status.")),
            Map.entry("callout.asks.channel", List.of("callout.channel.")),
            Map.entry("callout.ledger.channel", List.of("callout.channel.")),
            Map.entry("account.account.status", List.of("account.status.")),
            Map.entry("callout.asks.status", List.of("callout.ask.")),
            Map.entry("callout.ledger.entry", List.of("callout.contact.")),
            Map.entry("helprequest.requests.status", List.of("status.")),
            Map.entry("helprequest.requests.channel", List.of("channel.")),
            Map.entry("helprequest.requests.risk_group", List.of("helprequest.riskGroup.")),
            Map.entry("helprequest.history.from_status", List.of("status.")),
            Map.entry("helprequest.history.to_status", List.of("status.")),
            Map.entry("helprequest.history.detail", List.of("channel.")),
            Map.entry("helprequest.followUps.answer", List.of("helprequest.followUp.answer.")),
            Map.entry("incident.reported.status", List.of("incident.status.")),
            Map.entry("referral.referrals.status", List.of("referral.status.")),
            Map.entry("safeguarding.checks.kind", List.of("safeguarding.check.")));

    private final MessageSource messages;
    private final Districts districts;

    PlainValues(MessageSource messages, Districts districts) {
        this.messages = messages;
        this.districts = districts;
    }

    /** The plain label of a column of a section, or empty when no message has one. */
    public Optional<String> findLabel(PersonalDataSection section, String column, Locale locale) {
        return message("privacy.column." + section.module() + "." + section.name() + "." + column, locale)
                .or(() -> message("privacy.column." + column, locale));
    }

    /** The plain label of a column; the column's own name only when no label exists (a test guards that). */
    public String label(PersonalDataSection section, String column, Locale locale) {
        return findLabel(section, column, locale).orElse(column);
    }

    /** A stored value as people read it; a dash for nothing stored. */
    public String value(PersonalDataSection section, String column, String raw, Locale locale) {
        if (raw == null || raw.isBlank()) {
            return "–";
        }
        var value = raw.strip();
        if (value.equals("true") || value.equals("false")) {
            return message("privacy.value." + value, locale).orElse(value);
        }
        if (column.equals("district_id")) {
            return districts.find(value).map(d -> d.name()).orElse(value);
        }
        if (PHONES.contains(column)
                || (value.startsWith("+")
                        && value.length() > 6
                        && value.substring(1).chars().allMatch(Character::isDigit))) {
            return PhoneNumber.displayOf(value);
        }
        if (LANGUAGES.contains(column)) {
            return message("language." + value, locale).orElse(value);
        }
        if (INSTANT.matcher(value).matches()) {
            try {
                return dateTime(locale).format(Instant.parse(value).atZone(ZONE));
            } catch (DateTimeParseException notAnInstant) {
                return value;
            }
        }
        if (DATE.matcher(value).matches()) {
            try {
                return date(locale).format(LocalDate.parse(value));
            } catch (DateTimeParseException notADate) {
                return value;
            }
        }
        if (TIME.matcher(value).matches()) {
            try {
                return DateTimeFormatter.ofPattern("HH:mm").format(LocalTime.parse(value));
            } catch (DateTimeParseException notATime) {
                return value;
            }
        }
        if (CODE.matcher(value).matches()) {
            return code(section, column, value, locale).orElse(value);
        }
        return value;
    }

    private Optional<String> code(PersonalDataSection section, String column, String code, Locale locale) {
        var qualified = section.module() + "." + section.name() + "." + column;
        var found = message("privacy.value." + qualified + "." + code, locale)
                .or(() -> message("privacy.value." + column + "." + code, locale));
        if (found.isPresent()) {
            return found;
        }
        for (var prefix : CODE_PREFIXES.getOrDefault(qualified, CODE_PREFIXES.getOrDefault(column, List.of()))) {
            var existing = message(prefix + code, locale);
            if (existing.isPresent()) {
                return existing;
            }
        }
        return Optional.empty();
    }

    private static DateTimeFormatter dateTime(Locale locale) {
        return isSwedish(locale)
                ? DateTimeFormatter.ofPattern("d MMMM yyyy 'kl.' HH:mm", Locale.forLanguageTag("sv"))
                : DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.ENGLISH);
    }

    private static DateTimeFormatter date(Locale locale) {
        return DateTimeFormatter.ofPattern(
                "d MMMM yyyy", isSwedish(locale) ? Locale.forLanguageTag("sv") : Locale.ENGLISH);
    }

    private static boolean isSwedish(Locale locale) {
        return locale == null || !"en".equals(locale.getLanguage());
    }

    private Optional<String> message(String key, Locale locale) {
        return Optional.ofNullable(
                messages.getMessage(key, null, null, locale == null ? Locale.forLanguageTag("sv") : locale));
    }
}
