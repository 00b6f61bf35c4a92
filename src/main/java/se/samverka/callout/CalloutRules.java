package se.samverka.callout;

import java.time.Instant;
import java.time.LocalTime;
import java.util.Set;

/**
 * The contact rules: whether a volunteer may be asked, whoever asks (a call-out's wave, a coordinator's
 * hand-picked call-out, the ranked list of suggestions). The only rule set; {@link Eligibility} holds the part
 * shift sign-ups share, and {@link IndexEntry} is the same rules precomputed for the index.
 */
final class CalloutRules {

    private CalloutRules() {}

    /**
     * The first rule the volunteer fails for this need, or null when they may be asked.
     * @param neighbourIds the districts next to the need's district
     * @param localNow the time of day now in the municipality, for quiet hours
     */
    static SkipReason check(Candidate c, Need need, Set<String> neighbourIds, Instant now, LocalTime localNow) {
        return check(c, need, neighbourIds, now, localNow, Allowance.EVERYDAY);
    }

    /** As {@link #check(Candidate, Need, Set, Instant, LocalTime)}, under what the budgets allow now. */
    static SkipReason check(
            Candidate c, Need need, Set<String> neighbourIds, Instant now, LocalTime localNow, Allowance allowance) {
        if (!c.kinds().contains(need.kind())) {
            return SkipReason.NOT_ELIGIBLE_KIND;
        }
        if (!inRing(c, need.districtId(), neighbourIds)) {
            return SkipReason.DISTRICT;
        }
        return checkWithinRing(c, need, now, localNow, allowance);
    }

    /** The rules after kind and district, for a volunteer already known to offer the kind nearby. */
    static SkipReason checkWithinRing(Candidate c, Need need, Instant now, LocalTime localNow, Allowance allowance) {
        if (!Eligibility.safeguarded(c.safeguardingLevel(), need.safeguardingLevel())) {
            return SkipReason.SAFEGUARDING;
        }
        if (!c.availability().covers(need.date(), need.from())) {
            return SkipReason.AVAILABILITY;
        }
        if (!Eligibility.speaks(c.languages(), need.language())) {
            return SkipReason.LANGUAGE;
        }
        if (c.isPausedOn(need.date())) {
            return SkipReason.PAUSED;
        }
        if (c.budgetUsedAt(now, allowance)) {
            return SkipReason.BUDGET_USED;
        }
        if (c.quietHours() != null && c.quietHours().covers(localNow)) {
            return SkipReason.QUIET_HOURS;
        }
        return null;
    }

    /** Helps in the district itself or in a neighbouring one. */
    static boolean inRing(Candidate c, String districtId, Set<String> neighbourIds) {
        if (c.districtIds().contains(districtId)) {
            return true;
        }
        for (var id : c.districtIds()) {
            if (neighbourIds.contains(id)) {
                return true;
            }
        }
        return false;
    }
}
