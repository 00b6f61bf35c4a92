package se.samverka.privacy;

import java.util.List;

/**
 * What one module did when erasing a person.
 *
 * @param module the module
 * @param removed rows deleted
 * @param pseudonymised rows kept with the person's data replaced
 * @param kept message keys saying what was kept and why
 */
public record ErasureOutcome(String module, int removed, int pseudonymised, List<String> kept) {

    public ErasureOutcome {
        kept = List.copyOf(kept);
    }

    public static ErasureOutcome removed(String module, int removed) {
        return new ErasureOutcome(module, removed, 0, List.of());
    }
}
