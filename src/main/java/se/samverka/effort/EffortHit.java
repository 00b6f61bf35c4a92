package se.samverka.effort;

import java.time.LocalDate;
import java.util.UUID;

/** An effort found by the staff search. */
public record EffortHit(UUID id, String title, EffortStatus status, LocalDate periodStart, UUID organisationId) {

    /** The municipality's own effort (a department's), worked on at /samordning/insatser; else an association's. */
    public boolean municipal() {
        return organisationId == null;
    }
}
