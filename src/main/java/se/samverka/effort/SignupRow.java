package se.samverka.effort;

import java.time.Instant;
import java.util.UUID;
import se.samverka.volunteer.VolunteerContact;

/**
 * A sign-up as this module stores it: who, on which shift, in which state. The volunteer's name and contact details
 * belong to the volunteer module and are added only where a {@link Signup} is shown.
 */
record SignupRow(UUID id, UUID shiftId, UUID volunteerId, SignupStatus status, Integer position, Instant createdAt) {

    boolean isLive() {
        return status.isLive();
    }

    /** The sign-up as rosters show it, with the volunteer's name, e-mail and phone. */
    Signup shown(VolunteerContact contact) {
        return new Signup(
                id,
                shiftId,
                volunteerId,
                contact.name(),
                contact.email(),
                contact.phone(),
                status,
                position,
                createdAt);
    }
}
