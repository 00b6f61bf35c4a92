package se.samverka.callout;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import se.samverka.district.District;

/**
 * Chooses whom to ask for a need, fast, from an index built once over all volunteers ({@link CandidateIndex}: per
 * district and kind the district's own volunteers and those only in a neighbouring district, each already sorted
 * least recently asked first). A selection walks just those two lists in order, so it never sorts, and it counts
 * skip reasons for kind and district from list sizes. {@link #recordAsk} and {@link #update} keep the lists sorted.
 * Gives exactly the answer of checking and sorting every volunteer. Methods are synchronized: one selector can be
 * shared.
 */
public final class CalloutSelector {

    /** Ask about three times as many volunteers as the people needed. */
    public static final int DEFAULT_FACTOR = 3;

    private final CandidateIndex index;
    private final ZoneId zone;

    /** What the contact budgets allow now; set by whoever hands out the selector. */
    private Allowance allowance = Allowance.EVERYDAY;

    /**
     * @param neighbours each district's neighbouring district ids, see {@link #neighbourMap(Collection)}
     * @param zone the municipality's time zone, for quiet hours
     */
    public CalloutSelector(Collection<Candidate> candidates, Map<String, Set<String>> neighbours, ZoneId zone) {
        this.index = new CandidateIndex(candidates, neighbours);
        this.zone = zone;
    }

    /** The neighbour map of the municipality's districts. */
    public static Map<String, Set<String>> neighbourMap(Collection<District> districts) {
        return districts.stream().collect(Collectors.toMap(District::id, d -> Set.copyOf(d.neighbourIds())));
    }

    /** Whom to ask for the need now: at most {@code howMany} volunteers, nearest and least recently asked first. */
    public synchronized Selection select(Need need, int howMany, Instant now) {
        var counts = new int[SkipReason.values().length];
        var offering = index.offering(need.kind());
        var nearby = index.same(need.districtId(), need.kind()).size()
                + index.near(need.districtId(), need.kind()).size();
        counts[SkipReason.NOT_ELIGIBLE_KIND.ordinal()] = index.size() - offering;
        counts[SkipReason.DISTRICT.ordinal()] = offering - nearby;
        var toAsk = new ArrayList<UUID>(Math.min(howMany, 64));
        walk(need, now, Set.of(), false, (entry, reason) -> {
            if (reason != null) {
                counts[reason.ordinal()]++;
            } else if (toAsk.size() < howMany) {
                toAsk.add(entry.candidate.volunteerId());
            }
        });
        return new Selection(toAsk, counted(counts));
    }

    /**
     * Whom to ask in a call-out's wave: as {@link #select(Need, int, Instant)} among the volunteers who offer the
     * kind nearby (or anywhere, when {@code allDistricts}) and were not asked in it before ({@code exclude});
     * skips are counted among those only, as a wave that loaded just them did.
     */
    public synchronized Selection selectForWave(
            Need need, int howMany, Instant now, Set<UUID> exclude, boolean allDistricts) {
        var counts = new int[SkipReason.values().length];
        var toAsk = new ArrayList<UUID>(Math.min(howMany, 64));
        walk(need, now, exclude, allDistricts, (entry, reason) -> {
            if (reason != null) {
                counts[reason.ordinal()]++;
            } else if (toAsk.size() < howMany) {
                toAsk.add(entry.candidate.volunteerId());
            }
        });
        return new Selection(toAsk, counted(counts));
    }

    /** Why each volunteer a wave would look at now is not asked, in asking order; those who may be asked are left out. */
    public synchronized Map<UUID, SkipReason> skipReasons(
            Need need, Instant now, Set<UUID> exclude, boolean allDistricts) {
        var reasons = new LinkedHashMap<UUID, SkipReason>();
        walk(need, now, exclude, allDistricts, (entry, reason) -> {
            if (reason != null) {
                reasons.put(entry.candidate.volunteerId(), reason);
            }
        });
        return reasons;
    }

    /**
     * Every volunteer who offers the kind in the need's district or a neighbouring one, in the order a wave asks
     * them (the district before its neighbours, least recently asked first), with the rule each fails: those who
     * may be asked are exactly, and in the same order, those a wave would ask.
     */
    public synchronized List<RankedVolunteer> ranked(Need need, Instant now) {
        var result = new ArrayList<RankedVolunteer>();
        walk(need, now, Set.of(), false, (entry, reason) -> {
            var c = entry.candidate;
            result.add(new RankedVolunteer(
                    c.volunteerId(),
                    reason,
                    c.districtIds().contains(need.districtId()),
                    c.lastAskedAt(),
                    c.safeguardingLevel()));
        });
        return result;
    }

    /**
     * The first rule the volunteer fails for the need now, or null when they may be asked; a volunteer the index
     * does not hold (not confirmed, or gone) does not offer the help.
     */
    public synchronized SkipReason check(UUID volunteerId, Need need, Instant now) {
        var c = index.get(volunteerId);
        if (c == null) {
            return SkipReason.NOT_ELIGIBLE_KIND;
        }
        return CalloutRules.check(
                c,
                need,
                index.neighboursOf(need.districtId()),
                now,
                now.atZone(zone).toLocalTime(),
                allowance);
    }

    /** From now on checks budgets as they stand under this allowance (a crisis raises them). */
    public synchronized void allow(Allowance allowance) {
        this.allowance = Objects.requireNonNull(allowance, "allowance");
    }

    /**
     * The first rule a group member fails for the need, leaving out kind and district (a trained group's members are
     * asked for what they trained for); {@link SkipReason#NOT_ELIGIBLE_KIND} when they cannot be asked at all (not
     * confirmed, left or suspended).
     */
    public synchronized SkipReason checkMember(UUID volunteerId, Need need, Instant now) {
        var c = index.get(volunteerId);
        if (c == null) {
            return SkipReason.NOT_ELIGIBLE_KIND;
        }
        return CalloutRules.checkWithinRing(c, need, now, now.atZone(zone).toLocalTime(), allowance);
    }

    /** Whom to ask for the need now: {@link #DEFAULT_FACTOR} times the people needed. */
    public Selection select(Need need, Instant now) {
        return select(need, need.howManyToAsk(DEFAULT_FACTOR), now);
    }

    /** Adds a volunteer or replaces what is known about them. */
    public synchronized void update(Candidate candidate) {
        index.put(candidate);
    }

    /** Forgets a volunteer, for example one who left. */
    public synchronized void remove(UUID volunteerId) {
        index.remove(volunteerId);
    }

    /** Notes that the volunteer was asked at that instant: it counts against their budget and moves them back. */
    public synchronized void recordAsk(UUID volunteerId, Instant at) {
        var old = index.get(volunteerId);
        if (old == null) {
            throw new IllegalArgumentException("Unknown volunteer " + volunteerId);
        }
        index.put(old.withAsk(at));
    }

    /** What the selector knows about a volunteer, or null. */
    public synchronized Candidate candidate(UUID volunteerId) {
        return index.get(volunteerId);
    }

    public synchronized int size() {
        return index.size();
    }

    /** Visits, in asking order, every volunteer a wave for the need looks at, with the rule they fail or null. */
    private void walk(
            Need need, Instant now, Set<UUID> exclude, boolean allDistricts, BiConsumer<IndexEntry, SkipReason> visit) {
        var localNow = now.atZone(zone).toLocalTime();
        var slots = IndexEntry.slotsCovering(need.date(), need.from());
        Consumer<IndexEntry> check = entry -> {
            if (!exclude.contains(entry.candidate.volunteerId())) {
                visit.accept(entry, entry.check(need, slots, now, localNow, allowance));
            }
        };
        LeastRecentlyAsked.walk(index.same(need.districtId(), need.kind()), now, check);
        if (allDistricts) {
            LeastRecentlyAsked.walk(index.offeringAnywhere(need.kind()), now, entry -> {
                var districts = entry.candidate.districtIds();
                if (!districts.contains(need.districtId()) && districts.stream().anyMatch(index::knows)) {
                    check.accept(entry);
                }
            });
        } else {
            LeastRecentlyAsked.walk(index.near(need.districtId(), need.kind()), now, check);
        }
    }

    private static Map<SkipReason, Integer> counted(int[] counts) {
        var skipped = new EnumMap<SkipReason, Integer>(SkipReason.class);
        for (var reason : SkipReason.values()) {
            skipped.put(reason, counts[reason.ordinal()]);
        }
        return skipped;
    }
}
