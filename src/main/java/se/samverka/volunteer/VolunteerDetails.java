package se.samverka.volunteer;

import java.util.Set;
import se.samverka.shared.EmailAddress;
import se.samverka.shared.HelpKind;
import se.samverka.shared.PhoneNumber;

/** What a volunteer tells about themselves, checked and parsed: the same for sign-up and profile. */
record VolunteerDetails(
        String name,
        EmailAddress email,
        PhoneNumber phone,
        Set<String> districtIds,
        Set<HelpKind> kinds,
        Set<String> languages,
        boolean hasCar,
        Availability availability,
        AskFrequency askFrequency,
        ContactChannel contactChannel,
        QuietHours quietHours,
        boolean digest,
        boolean adultConfirmed) {

    VolunteerDetails {
        if (name == null || name.isBlank() || name.length() > 120) {
            throw new IllegalArgumentException("A name of 1 to 120 characters");
        }
        if (districtIds.isEmpty() || kinds.isEmpty() || languages.isEmpty() || !availability.any()) {
            throw new IllegalArgumentException("At least one district, kind, language and time");
        }
        contactChannel = contactChannel == null ? ContactChannel.EMAIL : contactChannel;
        districtIds = Set.copyOf(districtIds);
        kinds = Set.copyOf(kinds);
        languages = Set.copyOf(languages);
    }

    @Override
    public String toString() {
        return "VolunteerDetails[districts=" + districtIds + ", kinds=" + kinds + "]";
    }
}
