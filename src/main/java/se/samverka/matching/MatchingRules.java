package se.samverka.matching;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import se.samverka.helprequest.HelpRequest;
import se.samverka.volunteer.VolunteerProfile;

/**
 * Who may be asked for a request, and in which order. Eligible first: the kind of help, the district or a
 * neighbouring one, usually available at that time, the language if one was asked for, not paused and under
 * the ask limit the volunteer chose, and at the safeguarding level the kind of help needs. Then a score whose parts the coordinator sees.
 */
final class MatchingRules {

    static final int SAME_DISTRICT = 50;
    static final int NEIGHBOUR_DISTRICT = 25;
    static final int PER_RECENT_TASK = -10;
    static final int MAX_RECENT_PENALTY = -30;
    static final int MAX_REST_BONUS = 20;

    private MatchingRules() {}

    static Suggestion evaluate(
            VolunteerProfile volunteer,
            HelpRequest request,
            java.util.Set<String> neighbourIds,
            ContactHistory history,
            Instant now,
            int level,
            int requiredLevel) {
        var reasons = new ArrayList<Ineligibility>();
        if (!volunteer.kinds().contains(request.kind())) {
            reasons.add(Ineligibility.KIND);
        }
        var same = volunteer.districtIds().contains(request.districtId());
        var near = !same && volunteer.districtIds().stream().anyMatch(neighbourIds::contains);
        if (!same && !near) {
            reasons.add(Ineligibility.DISTRICT);
        }
        if (!volunteer.availability().covers(request.date(), request.timeFrom())) {
            reasons.add(Ineligibility.AVAILABILITY);
        }
        if (request.language() != null
                && !request.language().isBlank()
                && !volunteer.languages().contains(request.language())) {
            reasons.add(Ineligibility.LANGUAGE);
        }
        if (volunteer.isPausedOn(request.date())) {
            reasons.add(Ineligibility.PAUSED);
        }
        if (history.asksInWindow() >= volunteer.askFrequency().maxAsks()) {
            reasons.add(Ineligibility.ASK_LIMIT);
        }
        if (history.alreadyAskedForThis()) {
            reasons.add(Ineligibility.ALREADY_ASKED);
        }
        if (level == se.samverka.safeguarding.Safeguarding.SUSPENDED) {
            reasons.add(Ineligibility.SUSPENDED);
        } else if (level < requiredLevel) {
            reasons.add(Ineligibility.SAFEGUARDING);
        }
        return Suggestion.of(volunteer, reasons, score(same, near, history, now));
    }

    static List<ScorePart> score(boolean same, boolean near, ContactHistory history, Instant now) {
        var parts = new ArrayList<ScorePart>();
        if (same) {
            parts.add(new ScorePart("matching.score.sameDistrict", null, SAME_DISTRICT));
        } else if (near) {
            parts.add(new ScorePart("matching.score.neighbourDistrict", null, NEIGHBOUR_DISTRICT));
        }
        var load = Math.max(MAX_RECENT_PENALTY, PER_RECENT_TASK * history.tasksLast30Days());
        parts.add(new ScorePart("matching.score.recentLoad", history.tasksLast30Days(), load));
        if (history.lastAskedAt() == null) {
            parts.add(new ScorePart("matching.score.neverAsked", null, MAX_REST_BONUS));
        } else {
            var days = Math.max(0, Duration.between(history.lastAskedAt(), now).toDays());
            parts.add(new ScorePart("matching.score.lastAsked", days, (int) Math.min(MAX_REST_BONUS, days)));
        }
        return List.copyOf(parts);
    }

    /** Eligible first, then highest score, then the name for a stable order. */
    static final Comparator<Suggestion> ORDER = Comparator.comparing((Suggestion s) -> !s.eligible())
            .thenComparing(Comparator.comparingInt(Suggestion::score).reversed())
            .thenComparing(s -> s.volunteer().name());
}
