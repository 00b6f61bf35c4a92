package se.samverka.safeguarding;

import java.time.LocalDate;
import java.util.UUID;

/** One recorded check. {@code expiresOn} is null when the check does not expire. */
public record SafeguardingCheck(
        UUID id,
        UUID volunteerId,
        CheckKind kind,
        String checkedBy,
        LocalDate checkedOn,
        LocalDate expiresOn,
        String note) {

    /** Valid on that day: made on or before it and not yet expired (expiry day itself no longer counts). */
    public boolean validOn(LocalDate day) {
        return !checkedOn.isAfter(day) && (expiresOn == null || expiresOn.isAfter(day));
    }
}
