package se.samverka.meeting;

import java.util.Set;

/**
 * Meetings refuses the details as they are: a start in the past, fewer seats than are already taken, or an organiser
 * that is not an active department.
 */
class MeetingRefused extends RuntimeException {

    enum Reason {
        START_IN_PAST,
        CAPACITY_BELOW_TAKEN,
        ORGANISER_UNKNOWN
    }

    private final Set<Reason> reasons;
    private final int taken;

    MeetingRefused(Set<Reason> reasons, int taken) {
        super("Meeting refused: " + reasons);
        this.reasons = Set.copyOf(reasons);
        this.taken = taken;
    }

    Set<Reason> reasons() {
        return reasons;
    }

    /** The seats already taken (for CAPACITY_BELOW_TAKEN). */
    int taken() {
        return taken;
    }
}
