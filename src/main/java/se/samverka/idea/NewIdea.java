package se.samverka.idea;

import java.util.Set;
import se.samverka.shared.EmailAddress;

/**
 * An idea as the module takes it: checked domain values, never the web form. {@code phone} (E.164) and
 * {@code organisation} may be null; {@code language} is "sv" or "en", the language to write back in.
 */
record NewIdea(
        String title,
        String description,
        String forWhom,
        Set<String> districtIds,
        Set<HelpWanted> help,
        String name,
        EmailAddress email,
        String phone,
        String organisation,
        String language) {

    NewIdea {
        districtIds = Set.copyOf(districtIds);
        help = Set.copyOf(help);
    }
}
