package se.samverka.effort;

import java.time.Instant;
import java.util.UUID;

/** One volunteer on (or waiting for, or applying to) a shift. */
public record Signup(
        UUID id,
        UUID shiftId,
        UUID volunteerId,
        String volunteerName,
        String volunteerEmail,
        String volunteerPhone,
        SignupStatus status,
        Integer position,
        Instant createdAt) {

    public boolean isLive() {
        return status.isLive();
    }
}
