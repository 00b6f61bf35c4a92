package se.samverka.effort;

import java.time.Instant;
import java.util.UUID;
import se.samverka.shared.PhoneNumber;

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

    /** The volunteer's number as people read it (070-123 45 67), for rosters. */
    public String volunteerPhoneForDisplay() {
        return PhoneNumber.displayOf(volunteerPhone);
    }

    public boolean isLive() {
        return status.isLive();
    }
}
