package se.samverka.volunteer;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import se.samverka.shared.HelpKind;
import se.samverka.shared.PhoneNumber;

/** One volunteer as the staff register lists them. */
public record VolunteerSummary(
        UUID id,
        String name,
        String email,
        PhoneNumber phone,
        Set<String> districtIds,
        Set<HelpKind> kinds,
        Set<String> languages,
        Instant signedUpAt,
        boolean emailConfirmed,
        LocalDate pausedUntil) {

    /** Paused on that day: "not available until" means available again on the date itself. */
    public boolean isPausedOn(LocalDate day) {
        return pausedUntil != null && day.isBefore(pausedUntil);
    }

    @Override
    public String toString() {
        return "VolunteerSummary[" + id + "]";
    }
}
