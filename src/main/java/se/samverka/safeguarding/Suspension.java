package se.samverka.safeguarding;

import java.time.Instant;
import java.util.UUID;

/**
 * A volunteer suspended by a coordinator: while it is active the volunteer is offered nothing. The reason is
 * internal to the coordinators; the volunteer is only told whom to contact.
 */
public record Suspension(
        UUID id,
        UUID volunteerId,
        String reason,
        String suspendedBy,
        Instant suspendedAt,
        String liftedBy,
        Instant liftedAt) {

    public boolean isActive() {
        return liftedAt == null;
    }

    @Override
    public String toString() {
        return "Suspension[" + id + "]";
    }
}
