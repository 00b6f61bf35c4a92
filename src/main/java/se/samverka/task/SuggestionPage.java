package se.samverka.task;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import se.samverka.callout.RankedVolunteer;
import se.samverka.callout.SkipReason;

/**
 * What the suggestions page shows of a ranked list: the best {@link #STEP} eligible volunteers (more on "show
 * more", a step at a time), the first {@link #STEP} of the others, and how many people each reason holds back.
 * At 100,000 volunteers a request has thousands of candidates; rendering them all made a page of megabytes, so
 * only those shown are looked up.
 */
record SuggestionPage(
        List<Suggestion> eligible,
        int eligibleTotal,
        int nextShown,
        List<Suggestion> ineligible,
        int ineligibleTotal,
        Map<String, Long> reasonCounts) {

    static final int STEP = 25;

    /**
     * {@code shown} is how many eligible volunteers were asked for (from the address; anything is accepted);
     * {@code describe} looks up those shown, given their rank among the eligible (0 for the others).
     */
    static SuggestionPage of(
            List<RankedVolunteer> ranked,
            int shown,
            BiFunction<List<RankedVolunteer>, Integer, List<Suggestion>> describe) {
        var eligible = ranked.stream().filter(RankedVolunteer::eligible).toList();
        var ineligible = ranked.stream().filter(r -> !r.eligible()).toList();
        var limit = Math.max(STEP, Math.min(shown, eligible.size()));
        var counts = new LinkedHashMap<String, Long>();
        ineligible.stream()
                .sorted(Comparator.comparing(RankedVolunteer::reason))
                .forEach(r -> counts.merge(reasonKey(r), 1L, Long::sum));
        return new SuggestionPage(
                describe.apply(eligible.subList(0, Math.min(limit, eligible.size())), 1),
                eligible.size(),
                eligible.size() > limit ? limit + STEP : 0,
                describe.apply(ineligible.subList(0, Math.min(STEP, ineligible.size())), 0),
                ineligible.size(),
                counts);
    }

    /** The message key of why the volunteer is held back: suspended is told apart from lacking checks. */
    static String reasonKey(RankedVolunteer r) {
        return r.suspended() && r.reason() == SkipReason.SAFEGUARDING
                ? "task.ineligible.SUSPENDED"
                : "task.ineligible." + r.reason().name();
    }
}
