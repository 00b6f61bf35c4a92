package se.samverka.callout;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The reference: checks every volunteer against every rule and sorts all who may be asked. Slow on purpose;
 * {@link CalloutSelector} must give exactly its answer.
 */
final class BruteForceSelector {

    private final Collection<Candidate> candidates;
    private final Map<String, Set<String>> neighbours;
    private final ZoneId zone;
    private final Allowance allowance;

    BruteForceSelector(Collection<Candidate> candidates, Map<String, Set<String>> neighbours, ZoneId zone) {
        this(candidates, neighbours, zone, Allowance.EVERYDAY);
    }

    BruteForceSelector(
            Collection<Candidate> candidates, Map<String, Set<String>> neighbours, ZoneId zone, Allowance allowance) {
        this.allowance = allowance;
        this.candidates = candidates;
        this.neighbours = neighbours;
        this.zone = zone;
    }

    Selection select(Need need, int howMany, Instant now) {
        var neighbourIds = neighbours.getOrDefault(need.districtId(), Set.of());
        var localNow = now.atZone(zone).toLocalTime();
        var skipped = new EnumMap<SkipReason, Integer>(SkipReason.class);
        var same = new ArrayList<Candidate>();
        var near = new ArrayList<Candidate>();
        for (var c : candidates) {
            var reason = CalloutRules.check(c, need, neighbourIds, now, localNow, allowance);
            if (reason != null) {
                skipped.merge(reason, 1, Integer::sum);
            } else if (c.districtIds().contains(need.districtId())) {
                same.add(c);
            } else {
                near.add(c);
            }
        }
        same.sort(LeastRecentlyAsked.at(now));
        near.sort(LeastRecentlyAsked.at(now));
        var ordered = new ArrayList<Candidate>(same);
        ordered.addAll(near);
        List<java.util.UUID> toAsk =
                ordered.stream().limit(howMany).map(Candidate::volunteerId).toList();
        return new Selection(toAsk, skipped);
    }
}
