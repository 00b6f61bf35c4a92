package se.samverka.task;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import se.samverka.callout.RankedVolunteer;
import se.samverka.callout.SkipReason;
import se.samverka.volunteer.VolunteerProfile;

/**
 * A volunteer as a candidate for one request, as the call-out's contact rules rank them: their place in the
 * list ({@code rank}, from 1, among those who may be asked), the rule they fail if any, and the parts that put
 * them where they are.
 */
record Suggestion(VolunteerProfile volunteer, int rank, RankedVolunteer ranked, List<ScorePart> parts) {

    static Suggestion of(VolunteerProfile volunteer, int rank, RankedVolunteer ranked, Instant now) {
        var parts = new ArrayList<ScorePart>();
        parts.add(new ScorePart(
                ranked.sameDistrict() ? "task.score.sameDistrict" : "task.score.neighbourDistrict", null));
        if (ranked.lastAskedAt() == null) {
            parts.add(new ScorePart("task.score.neverAsked", null));
        } else {
            var days = Math.max(0, Duration.between(ranked.lastAskedAt(), now).toDays());
            parts.add(new ScorePart("task.score.lastAsked", days));
        }
        return new Suggestion(volunteer, rank, ranked, List.copyOf(parts));
    }

    public boolean eligible() {
        return ranked.eligible();
    }

    /** The rule that holds the volunteer back, or null. */
    public SkipReason reason() {
        return ranked.reason();
    }

    /** The message key of why the volunteer is held back: suspended is told apart from lacking checks. */
    public String reasonKey() {
        return ranked.reason() == null ? null : SuggestionPage.reasonKey(ranked);
    }
}
