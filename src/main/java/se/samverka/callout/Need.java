package se.samverka.callout;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Objects;
import se.samverka.shared.HelpKind;

/**
 * One need to find volunteers for: what, where, when, in which language (or any), how many people, and the
 * safeguarding level (0 to 2) a volunteer must have reached to be asked.
 */
public record Need(
        HelpKind kind,
        String districtId,
        LocalDate date,
        LocalTime from,
        LocalTime to,
        String language,
        int peopleNeeded,
        int safeguardingLevel) {

    /** A need that asks for no safeguarding checks. */
    public Need(
            HelpKind kind,
            String districtId,
            LocalDate date,
            LocalTime from,
            LocalTime to,
            String language,
            int peopleNeeded) {
        this(kind, districtId, date, from, to, language, peopleNeeded, 0);
    }

    public Need {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(districtId, "districtId");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(from, "from");
        if (peopleNeeded < 1) {
            throw new IllegalArgumentException("peopleNeeded must be at least 1");
        }
        if (safeguardingLevel < 0) {
            throw new IllegalArgumentException("safeguardingLevel must not be negative");
        }
        if (language != null && language.isBlank()) {
            language = null;
        }
    }

    /** How many volunteers to ask: {@code factor} times the people needed. */
    public int howManyToAsk(int factor) {
        if (factor < 1) {
            throw new IllegalArgumentException("factor must be at least 1");
        }
        return Math.multiplyExact(peopleNeeded, factor);
    }
}
