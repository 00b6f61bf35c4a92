package se.samverka.volunteer;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;
import java.util.UUID;
import se.samverka.shared.EmailAddress;
import se.samverka.shared.HelpKind;
import se.samverka.shared.PhoneNumber;

/** What other modules may know about a volunteer, for matching and for contacting them. */
public record VolunteerProfile(
        UUID id,
        UUID accountId,
        String name,
        EmailAddress email,
        PhoneNumber phone,
        String locale,
        Set<String> districtIds,
        Set<HelpKind> kinds,
        Set<String> languages,
        boolean hasCar,
        Availability availability,
        AskFrequency askFrequency,
        LocalDate pausedUntil,
        ContactChannel contactChannel,
        QuietHours quietHours,
        boolean digest,
        boolean adultConfirmed) {

    /** Whether this is a time the volunteer does not want to be asked; no quiet hours means never. */
    public boolean isQuietAt(LocalTime time) {
        return quietHours != null && quietHours.covers(time);
    }

    /** Paused on that day: "not available until" means available again on the date itself. */
    public boolean isPausedOn(LocalDate day) {
        return pausedUntil != null && day.isBefore(pausedUntil);
    }

    /** Whether the volunteer has confirmed being 18 or older; adult-only shifts need it. */
    public boolean isAdult() {
        return adultConfirmed;
    }

    @Override
    public String toString() {
        return "VolunteerProfile[" + id + "]";
    }
}
