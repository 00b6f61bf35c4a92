package se.samverka.shared;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The one way Samverka compares what a person typed as a username or e-mail address: Unicode NFKC (full-width
 * letters, compatibility spaces and ligatures become their plain forms), stripped of white space at both ends,
 * lower-cased. The rate limits, the account lookup and sign-up all use it, so that {@code "Coach@example.se\u2003"}
 * counts against the same limit as the account {@code coach@example.se} it logs in to.
 */
public final class LoginName {

    private LoginName() {}

    /** The comparable form of what was typed; null stays null. */
    public static String normalise(String typed) {
        if (typed == null) {
            return null;
        }
        return Normalizer.normalize(typed, Normalizer.Form.NFKC).strip().toLowerCase(Locale.ROOT);
    }
}
