package se.samverka.privacy;

import java.util.LinkedHashSet;
import java.util.List;
import se.samverka.shared.PersonRef;

/** What erasure did in every module. */
public record ErasureReport(PersonRef person, List<ErasureOutcome> outcomes) {

    public ErasureReport {
        outcomes = List.copyOf(outcomes);
    }

    public int removed() {
        return outcomes.stream().mapToInt(ErasureOutcome::removed).sum();
    }

    public int pseudonymised() {
        return outcomes.stream().mapToInt(ErasureOutcome::pseudonymised).sum();
    }

    /** Message keys of what was kept and why, each once. */
    public List<String> kept() {
        var keys = new LinkedHashSet<String>();
        keys.add("privacy.kept.audit");
        outcomes.forEach(o -> keys.addAll(o.kept()));
        return List.copyOf(keys);
    }
}
