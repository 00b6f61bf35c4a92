package se.samverka.retention;

import java.util.Objects;

/**
 * How long records of a category are kept and on what authority.
 *
 * @param months months after the records closed, were sent or were last active
 * @param decision the decision reference (gallringsbeslut), for example a document number of the records plan
 */
public record RetentionRule(int months, String decision) {

    public RetentionRule {
        if (months < 1) {
            throw new IllegalArgumentException("A retention period is at least one month, not " + months);
        }
        Objects.requireNonNull(decision, "Every retention rule names its decision reference");
        if (decision.isBlank()) {
            throw new IllegalArgumentException("Every retention rule names its decision reference");
        }
    }
}
