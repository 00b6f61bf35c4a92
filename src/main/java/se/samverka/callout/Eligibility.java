package se.samverka.callout;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import se.samverka.volunteer.AskFrequency;

/**
 * The requirements of a need that hold however a volunteer comes to it (asked in a call-out, hand-picked by a
 * coordinator, or signing up for a shift themselves): the safeguarding level and the language. The other contact
 * rules (availability, pause, budget, quiet hours) are about being asked, and are in the call-out's rules
 * only. {@link CalloutRules} uses these two, so the rules cannot drift apart.
 */
public final class Eligibility {

    private Eligibility() {}

    /**
     * Whether a volunteer at {@code level} (a suspended volunteer is below 0) may take a need that requires
     * {@code required}; a need that requires nothing still refuses a suspended volunteer.
     */
    public static boolean safeguarded(int level, int required) {
        return level >= Math.max(0, required);
    }

    /** Whether a volunteer speaking {@code languages} may take a need in {@code language} (null or blank: any). */
    public static boolean speaks(Set<String> languages, String language) {
        return language == null || language.isBlank() || languages.contains(language);
    }

    /**
     * The first of the two requirements the volunteer fails ({@link SkipReason#SAFEGUARDING} before
     * {@link SkipReason#LANGUAGE}), or null.
     */
    public static SkipReason requirements(int level, Set<String> languages, int requiredLevel, String language) {
        if (!safeguarded(level, requiredLevel)) {
            return SkipReason.SAFEGUARDING;
        }
        if (!speaks(languages, language)) {
            return SkipReason.LANGUAGE;
        }
        return null;
    }

    /**
     * Whether the volunteer's contact budget is used up now in everyday work: as many asks within the window as the
     * ask frequency allows (never any for {@link AskFrequency#ONLY_IN_CRISIS}). {@code asksNewestFirst} must be
     * newest first.
     */
    public static boolean budgetUsed(AskFrequency frequency, List<Instant> asksNewestFirst, Instant now) {
        return budgetUsed(frequency, asksNewestFirst, now, Allowance.EVERYDAY);
    }

    /** As {@link #budgetUsed(AskFrequency, List, Instant)}, under what the budgets allow now (a crisis raises them). */
    public static boolean budgetUsed(
            AskFrequency frequency, List<Instant> asksNewestFirst, Instant now, Allowance allowance) {
        var max = allowance.maxAsks(frequency);
        if (max == 0) {
            return true;
        }
        return asksNewestFirst.size() >= max
                && asksNewestFirst.get(max - 1).isAfter(now.minus(allowance.window(frequency)));
    }
}
