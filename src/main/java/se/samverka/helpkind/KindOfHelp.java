package se.samverka.helpkind;

import java.time.Instant;
import java.util.Locale;
import se.samverka.shared.HelpKind;

/**
 * A kind of help as the administrator keeps it: its names in Swedish and English, its place in every list, the
 * safeguarding level (0 to 2) a volunteer needs for it, and when it was retired (null: offered). A crisis-only kind
 * (water, warmth) is offered only while a crisis runs.
 */
public record KindOfHelp(
        HelpKind kind,
        String nameSv,
        String nameEn,
        int sortOrder,
        int safeguardingLevel,
        Instant retiredAt,
        boolean crisisOnly) {

    public boolean active() {
        return retiredAt == null;
    }

    /** The name in the language of the locale: English for English, Swedish otherwise. */
    public String name(Locale locale) {
        return english(locale) ? nameEn : nameSv;
    }

    public String code() {
        return kind.code();
    }

    static boolean english(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage());
    }
}
