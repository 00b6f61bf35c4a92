package se.samverka.callout;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * Another module's volunteers who worked in a span without being asked by a call-out (a shift they signed up for, a
 * task a coordinator gave them), so that the end of a crisis thanks them too: everyone engaged, once
 * ({@link CalloutClosings#thankEveryoneEngagedBetween}).
 */
public interface EngagedVolunteers {

    /** The volunteers this module saw engaged between the two instants. */
    Set<UUID> engagedBetween(Instant from, Instant to);
}
