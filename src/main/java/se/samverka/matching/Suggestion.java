package se.samverka.matching;

import java.util.List;
import se.samverka.volunteer.VolunteerProfile;

/**
 * A volunteer as a candidate for one request: eligible or not (and why), the parts of the score and their sum.
 */
record Suggestion(VolunteerProfile volunteer, List<Ineligibility> reasons, List<ScorePart> parts, int score) {

    static Suggestion of(VolunteerProfile volunteer, List<Ineligibility> reasons, List<ScorePart> parts) {
        return new Suggestion(
                volunteer,
                List.copyOf(reasons),
                List.copyOf(parts),
                parts.stream().mapToInt(ScorePart::points).sum());
    }

    boolean eligible() {
        return reasons.isEmpty();
    }
}
