package se.samverka.idea;

import java.util.UUID;

/**
 * What a list of ideas is narrowed to; a null part lets every idea through. {@code unassigned} keeps only the ideas
 * no coach has taken on.
 */
record IdeaFilter(UUID coachId, boolean unassigned, String stage, String districtId, HelpWanted help) {

    static IdeaFilter all() {
        return new IdeaFilter(null, false, null, null, null);
    }

    static IdeaFilter unassignedOnly() {
        return new IdeaFilter(null, true, null, null, null);
    }

    static IdeaFilter coachedBy(UUID coachId) {
        return new IdeaFilter(coachId, false, null, null, null);
    }
}
