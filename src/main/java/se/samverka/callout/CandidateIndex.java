package se.samverka.callout;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import se.samverka.shared.HelpKind;

/**
 * The index behind {@link CalloutSelector}: for every district and kind two lists, the volunteers in the district
 * itself and those only in a neighbouring district, each kept sorted least recently asked first, and per kind every
 * volunteer who offers it. {@link #put} and {@link #remove} keep the lists sorted. Not thread-safe: the selector
 * guards it.
 */
final class CandidateIndex {

    static final Comparator<IndexEntry> ORDER = Comparator.comparing(e -> e.candidate, LeastRecentlyAsked.STORED);

    private final Map<String, Set<String>> neighbours;
    private final Map<String, Set<String>> ringsContaining = new HashMap<>();
    private final Map<UUID, Candidate> byId = new HashMap<>();
    private final Map<String, Ring> rings = new HashMap<>();
    /** Per kind every volunteer who offers it, for a call-out widened to all districts. */
    private final Map<HelpKind, List<IndexEntry>> allOffering = new HashMap<>();
    /** Per kind how many volunteers offer it. Kinds are data (ADR 0017): the maps grow with the kinds offered. */
    private final Map<HelpKind, Integer> kindCounts = new HashMap<>();

    /** The same-district and neighbour-only volunteers of one district, per kind, least recently asked first. */
    private static final class Ring {

        final Map<HelpKind, List<IndexEntry>> same = new HashMap<>();
        final Map<HelpKind, List<IndexEntry>> near = new HashMap<>();
    }

    CandidateIndex(Collection<Candidate> candidates, Map<String, Set<String>> neighbours) {
        this.neighbours = Map.copyOf(neighbours);
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

    Candidate get(UUID volunteerId) {
        return byId.get(volunteerId);
    }

    int size() {
        return byId.size();
    }

    /** How many volunteers offer the kind anywhere. */
    int offering(HelpKind kind) {
        return kindCounts.getOrDefault(kind, 0);
    }

    /** The district's own volunteers who offer the kind, least recently asked first (read only). */
    List<IndexEntry> same(String districtId, HelpKind kind) {
        var ring = rings.get(districtId);
        return ring == null ? List.of() : listOf(ring.same, kind);
    }

    /** The volunteers only in a neighbour of the district who offer the kind, least recently asked first. */
    List<IndexEntry> near(String districtId, HelpKind kind) {
        var ring = rings.get(districtId);
        return ring == null ? List.of() : listOf(ring.near, kind);
    }

    /** Every volunteer who offers the kind, least recently asked first (read only). */
    List<IndexEntry> offeringAnywhere(HelpKind kind) {
        return listOf(allOffering, kind);
    }

    Set<String> neighboursOf(String districtId) {
        return neighbours.getOrDefault(districtId, Set.of());
    }

    /** Whether the district is one of the municipality's. */
    boolean knows(String districtId) {
        return neighbours.containsKey(districtId);
    }

    /** Adds a volunteer or replaces what is known about them. */
    void put(Candidate candidate) {
        var old = byId.put(candidate.volunteerId(), candidate);
        if (old != null) {
            unplace(old);
        }
        place(candidate, true);
    }

    void remove(UUID volunteerId) {
        var old = byId.remove(volunteerId);
        if (old != null) {
            unplace(old);
        }
    }

    /** The kind's list, or an empty one when nobody offers the kind here (not stored: walks only read it). */
    private static List<IndexEntry> listOf(Map<HelpKind, List<IndexEntry>> lists, HelpKind kind) {
        return lists.getOrDefault(kind, List.of());
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
