package se.samverka.matching;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What the suggestions page shows of a ranked list: the best {@link #STEP} eligible volunteers (more on "show
 * more", a step at a time), the first {@link #STEP} of the others, and how many people each reason holds back.
 * At 100,000 volunteers a request has thousands of candidates; rendering them all made a page of megabytes.
 */
record SuggestionPage(
        List<Suggestion> eligible,
        int eligibleTotal,
        int nextShown,
        List<Suggestion> ineligible,
        int ineligibleTotal,
        Map<Ineligibility, Long> reasonCounts) {

    static final int STEP = 25;

    /** {@code shown} is how many eligible volunteers were asked for (from the address; anything is accepted). */
    static SuggestionPage of(List<Suggestion> ranked, int shown) {
        var eligible = ranked.stream().filter(Suggestion::eligible).toList();
        var ineligible = ranked.stream().filter(s -> !s.eligible()).toList();
        var limit = Math.max(STEP, Math.min(shown, eligible.size()));
        var counts = new EnumMap<Ineligibility, Long>(Ineligibility.class);
        for (var suggestion : ineligible) {
            for (var reason : suggestion.reasons()) {
                counts.merge(reason, 1L, Long::sum);
            }
        }
        return new SuggestionPage(
                eligible.subList(0, Math.min(limit, eligible.size())),
                eligible.size(),
                eligible.size() > limit ? limit + STEP : 0,
                ineligible.subList(0, Math.min(STEP, ineligible.size())),
                ineligible.size(),
                counts);
    }
}
