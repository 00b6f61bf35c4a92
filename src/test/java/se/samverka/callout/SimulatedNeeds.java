package se.samverka.callout;

import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The call-out target of the simulation: effort needs with a number of places, filled in memory, one place
 * per volunteer who says yes while a place is left.
 */
final class SimulatedNeeds implements CalloutTarget {

    private final Map<UUID, Integer> places = new ConcurrentHashMap<>();
    private final Map<UUID, Set<UUID>> filledBy = new ConcurrentHashMap<>();

    void open(UUID needId, int people) {
        places.put(needId, people);
        filledBy.put(needId, ConcurrentHashMap.newKeySet());
    }

    /** Who got a place in the need. */
    Set<UUID> filledBy(UUID needId) {
        return Set.copyOf(filledBy.getOrDefault(needId, Set.of()));
    }

    @Override
    public SubjectType subjectType() {
        return SubjectType.EFFORT_NEED;
    }

    @Override
    public boolean fill(UUID subjectId, UUID volunteerId) {
        var taken = filledBy.get(subjectId);
        if (taken == null) {
            return false;
        }
        synchronized (taken) {
            if (taken.size() >= places.get(subjectId) || taken.contains(volunteerId)) {
                return false;
            }
            return taken.add(volunteerId);
        }
    }

    @Override
    public boolean isOpen(UUID subjectId) {
        var taken = filledBy.get(subjectId);
        if (taken == null) {
            return false;
        }
        synchronized (taken) {
            return taken.size() < places.get(subjectId);
        }
    }

    @Override
    public String coordinatorPath(UUID subjectId) {
        return "/insatser/behov/" + subjectId;
    }
}
