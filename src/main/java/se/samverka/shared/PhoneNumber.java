package se.samverka.shared;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import com.google.i18n.phonenumbers.Phonenumber;
import java.util.Optional;

/**
 * A phone number stored in E.164 (+46701234567) and shown in Swedish national form (070-123 45 67).
 * Numbers without a country code are read as Swedish.
 */
public record PhoneNumber(String e164) {

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

    public PhoneNumber {
        if (e164 == null || !e164.matches("^\\+[1-9][0-9]{6,14}$")) {
            throw new IllegalArgumentException("Not an E.164 number");
        }
    }

    public static PhoneNumber of(String input) {
        var parsed = parse(input);
        return new PhoneNumber(UTIL.format(parsed, PhoneNumberFormat.E164));
    }

    /** What a person typed, as a number; empty when it is blank or not a phone number. */
    public static Optional<PhoneNumber> ifValid(String input) {
        if (input == null || input.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(of(input));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Like {@link #of(String)} but accepts only numbers that can receive SMS. */
    public static PhoneNumber mobile(String input) {
        var parsed = parse(input);
        var type = UTIL.getNumberType(parsed);
        if (type != PhoneNumberType.MOBILE && type != PhoneNumberType.FIXED_LINE_OR_MOBILE) {
            throw new IllegalArgumentException("Not a mobile number");
        }
        return new PhoneNumber(UTIL.format(parsed, PhoneNumberFormat.E164));
    }

    private static Phonenumber.PhoneNumber parse(String input) {
        if (input == null || input.isBlank() || input.length() > 30) {
            throw new IllegalArgumentException("Not a phone number");
        }
        try {
            var parsed = UTIL.parse(input.strip(), "SE");
            if (!UTIL.isValidNumber(parsed)) {
                throw new IllegalArgumentException("Not a phone number");
            }
            return parsed;
        } catch (NumberParseException e) {
            throw new IllegalArgumentException("Not a phone number", e);
        }
    }

    /** Swedish numbers as 070-123 45 67, others in international form. */
    public String display() {
        try {
            var parsed = UTIL.parse(e164, "SE");
            return parsed.getCountryCode() == 46
                    ? UTIL.format(parsed, PhoneNumberFormat.NATIONAL)
                    : UTIL.format(parsed, PhoneNumberFormat.INTERNATIONAL);
        } catch (NumberParseException e) {
            return e164;
        }
    }

    /** A stored number (E.164, or null) as people read it: 070-123 45 67; empty when there is none. */
    public static String displayOf(String e164) {
        if (e164 == null || e164.isBlank()) {
            return "";
        }
        try {
            return new PhoneNumber(e164).display();
        } catch (IllegalArgumentException notE164) {
            return e164;
        }
    }

    /** The last two digits only, for logs. */
    public String masked() {
        return "*".repeat(e164.length() - 2) + e164.substring(e164.length() - 2);
    }

    @Override
    public String toString() {
        return masked();
    }
}
