package se.samverka.callout;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import se.samverka.district.District;
import se.samverka.shared.HelpKind;

/**
 * Chooses whom to ask for a need, fast, from an index built once over all volunteers. For every district and
 * kind it keeps two lists, the volunteers in the district itself and those only in a neighbouring district,
 * each already sorted least recently asked first. A selection walks just those two lists in order, so it
 * never sorts, and it counts skip reasons for kind and district from list sizes. {@link #recordAsk} and
 * {@link #update} keep the lists sorted. Gives exactly the answer of checking and sorting every volunteer.
 * Methods are synchronized: one selector can be shared.
 */
public final class CalloutSelector {

    /** Ask about three times as many volunteers as the people needed. */
    public static final int DEFAULT_FACTOR = 3;

    private final Map<String, Set<String>> neighbours;
    private final Map<String, Set<String>> ringsContaining = new HashMap<>();
    private final ZoneId zone;
    private final Map<UUID, Candidate> byId = new HashMap<>();
    private final Map<String, Ring> rings = new HashMap<>();
    private static final Comparator<IndexEntry> ORDER =
            Comparator.comparing(e -> e.candidate, LeastRecentlyAsked.STORED);
    /** Per kind every volunteer who offers it, for a call-out widened to all districts. */
    private final Map<HelpKind, List<IndexEntry>> allOffering = new HashMap<>();

    /** What the contact budgets allow now; set by whoever hands out the selector. */
    private Allowance allowance = Allowance.EVERYDAY;

    /** Per kind how many volunteers offer it. Kinds are data (ADR 0017): the maps grow with the kinds offered. */
    private final Map<HelpKind, Integer> kindCounts = new HashMap<>();

    /** The same-district and neighbour-only volunteers of one district, per kind, least recently asked first. */
    private static final class Ring {

        final Map<HelpKind, List<IndexEntry>> same = new HashMap<>();
        final Map<HelpKind, List<IndexEntry>> near = new HashMap<>();
    }

    /**
     * @param neighbours each district's neighbouring district ids, see {@link #neighbourMap(Collection)}
     * @param zone the municipality's time zone, for quiet hours
     */
    public CalloutSelector(Collection<Candidate> candidates, Map<String, Set<String>> neighbours, ZoneId zone) {
        this.neighbours = Map.copyOf(neighbours);
        this.zone = zone;
        this.neighbours.forEach((district, ids) -> ids.forEach(id -> ringsContaining
                .computeIfAbsent(id, k -> new HashSet<>(Set.of(k)))
                .add(district)));
        for (var c : candidates) {
            if (byId.putIfAbsent(c.volunteerId(), c) != null) {
                throw new IllegalArgumentException("Two candidates with id " + c.volunteerId());
            }
            place(c, false);
        }
        allOffering.values().forEach(list -> list.sort(ORDER));
        rings.values().forEach(ring -> {
            ring.same.values().forEach(list -> list.sort(ORDER));
            ring.near.values().forEach(list -> list.sort(ORDER));
        });
    }

    /** The neighbour map of the municipality's districts. */
    public static Map<String, Set<String>> neighbourMap(Collection<District> districts) {
        return districts.stream().collect(Collectors.toMap(District::id, d -> Set.copyOf(d.neighbourIds())));
    }

    /** Whom to ask for the need now: at most {@code howMany} volunteers, nearest and least recently asked first. */
    public synchronized Selection select(Need need, int howMany, Instant now) {
        var counts = new int[SkipReason.values().length];
        var offering = kindCounts.getOrDefault(need.kind(), 0);
        var ring = rings.get(need.districtId());
        var same = ring == null ? List.<IndexEntry>of() : listOf(ring.same, need.kind());
        var near = ring == null ? List.<IndexEntry>of() : listOf(ring.near, need.kind());
        counts[SkipReason.NOT_ELIGIBLE_KIND.ordinal()] = byId.size() - offering;
        counts[SkipReason.DISTRICT.ordinal()] = offering - same.size() - near.size();
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
        var reasons = new java.util.LinkedHashMap<UUID, SkipReason>();
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
        var c = byId.get(volunteerId);
        if (c == null) {
            return SkipReason.NOT_ELIGIBLE_KIND;
        }
        return CalloutRules.check(
                c,
                need,
                neighbours.getOrDefault(need.districtId(), Set.of()),
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
        var c = byId.get(volunteerId);
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
        var old = byId.put(candidate.volunteerId(), candidate);
        if (old != null) {
            unplace(old);
        }
        place(candidate, true);
    }

    /** Forgets a volunteer, for example one who left. */
    public synchronized void remove(UUID volunteerId) {
        var old = byId.remove(volunteerId);
        if (old != null) {
            unplace(old);
        }
    }

    /** Notes that the volunteer was asked at that instant: it counts against their budget and moves them back. */
    public synchronized void recordAsk(UUID volunteerId, Instant at) {
        var old = byId.get(volunteerId);
        if (old == null) {
            throw new IllegalArgumentException("Unknown volunteer " + volunteerId);
        }
        update(old.withAsk(at));
    }

    /** What the selector knows about a volunteer, or null. */
    public synchronized Candidate candidate(UUID volunteerId) {
        return byId.get(volunteerId);
    }

    public synchronized int size() {
        return byId.size();
    }

    /** Visits, in asking order, every volunteer a wave for the need looks at, with the rule they fail or null. */
    private void walk(
            Need need,
            Instant now,
            Set<UUID> exclude,
            boolean allDistricts,
            java.util.function.BiConsumer<IndexEntry, SkipReason> visit) {
        var localNow = now.atZone(zone).toLocalTime();
        var slots = IndexEntry.slotsCovering(need.date(), need.from());
        java.util.function.Consumer<IndexEntry> check = entry -> {
            if (!exclude.contains(entry.candidate.volunteerId())) {
                visit.accept(entry, entry.check(need, slots, now, localNow, allowance));
            }
        };
        var ring = rings.get(need.districtId());
        if (ring != null) {
            LeastRecentlyAsked.walk(listOf(ring.same, need.kind()), now, check);
        }
        if (allDistricts) {
            LeastRecentlyAsked.walk(listOf(allOffering, need.kind()), now, entry -> {
                var districts = entry.candidate.districtIds();
                if (!districts.contains(need.districtId()) && districts.stream().anyMatch(neighbours::containsKey)) {
                    check.accept(entry);
                }
            });
        } else if (ring != null) {
            LeastRecentlyAsked.walk(listOf(ring.near, need.kind()), now, check);
        }
    }

    /** The kind's list, or an empty one when nobody offers the kind here (not stored: walks only read it). */
    private static List<IndexEntry> listOf(Map<HelpKind, List<IndexEntry>> lists, HelpKind kind) {
        return lists.getOrDefault(kind, List.of());
    }

    private static Map<SkipReason, Integer> counted(int[] counts) {
        var skipped = new EnumMap<SkipReason, Integer>(SkipReason.class);
        for (var reason : SkipReason.values()) {
            skipped.put(reason, counts[reason.ordinal()]);
        }
        return skipped;
    }

    private void place(Candidate c, boolean keepSorted) {
        var entry = new IndexEntry(c);
        c.kinds().forEach(kind -> kindCounts.merge(kind, 1, Integer::sum));
        for (var kind : c.kinds()) {
            insert(allOffering.computeIfAbsent(kind, k -> new ArrayList<>()), entry, keepSorted);
        }
        for (var district : ringDistricts(c)) {
            var ring = rings.computeIfAbsent(district, k -> new Ring());
            var lists = c.districtIds().contains(district) ? ring.same : ring.near;
            for (var kind : c.kinds()) {
                insert(lists.computeIfAbsent(kind, k -> new ArrayList<>()), entry, keepSorted);
            }
        }
    }

    private static void insert(List<IndexEntry> list, IndexEntry entry, boolean keepSorted) {
        if (keepSorted) {
            var at = Collections.binarySearch(list, entry, ORDER);
            list.add(at < 0 ? -at - 1 : at, entry);
        } else {
            list.add(entry);
        }
    }

    private static void delete(List<IndexEntry> list, Candidate c) {
        var at = Collections.binarySearch(list, new IndexEntry(c), ORDER);
        if (at < 0 || !list.get(at).candidate.volunteerId().equals(c.volunteerId())) {
            throw new IllegalStateException("Index lost " + c);
        }
        list.remove(at);
    }

    private void unplace(Candidate c) {
        c.kinds().forEach(kind -> kindCounts.merge(kind, -1, Integer::sum));
        for (var kind : c.kinds()) {
            delete(listOf(allOffering, kind), c);
        }
        for (var district : ringDistricts(c)) {
            var ring = rings.get(district);
            var lists = c.districtIds().contains(district) ? ring.same : ring.near;
            for (var kind : c.kinds()) {
                delete(listOf(lists, kind), c);
            }
        }
    }

    /** The districts whose ring (the district and its neighbours) holds the volunteer. */
    private Set<String> ringDistricts(Candidate c) {
        var result = new HashSet<String>();
        for (var id : c.districtIds()) {
            result.add(id);
            result.addAll(ringsContaining.getOrDefault(id, Set.of()));
        }
        return result;
    }
}
