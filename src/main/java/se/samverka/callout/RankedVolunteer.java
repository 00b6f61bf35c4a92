package se.samverka.callout;

import java.time.Instant;
import java.util.UUID;

/**
 * A volunteer who offers the kind of help in the need's district or a neighbouring one, as the contact rules see
 * them now: the rule they fail ({@code reason}, null when they may be asked), whether they are in the district
 * itself, when Samverka last asked them (null: never) and their safeguarding level (below 0: suspended).
 */
public record RankedVolunteer(
        UUID volunteerId, SkipReason reason, boolean sameDistrict, Instant lastAskedAt, int safeguardingLevel) {

    public boolean eligible() {
        return reason == null;
    }

    public boolean suspended() {
        return safeguardingLevel < 0;
    }
}
