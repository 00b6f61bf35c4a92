package se.samverka.volunteer;

import java.util.Set;
import se.samverka.shared.EmailAddress;
import se.samverka.shared.HelpKind;
import se.samverka.shared.PhoneNumber;

/**
 * A volunteer whose address, age and consent to the register were confirmed before they came to Samverka: the
 * demo's volunteers. Registered by {@link VolunteerIntake#registerConfirmed} without a welcome message; contact by
 * e-mail, no quiet hours, no digest.
 */
public record ConfirmedRegistration(
        String name,
        EmailAddress email,
        PhoneNumber phone,
        Set<String> districtIds,
        Set<HelpKind> kinds,
        Set<String> languages,
        boolean hasCar,
        Availability availability,
        AskFrequency askFrequency) {

    VolunteerDetails details() {
        return new VolunteerDetails(
                name,
                email,
                phone,
                districtIds,
                kinds,
                languages,
                hasCar,
                availability,
                askFrequency,
                ContactChannel.EMAIL,
                null,
                false,
                true);
    }

    @Override
    public String toString() {
        return "ConfirmedRegistration[districts=" + districtIds + ", kinds=" + kinds + "]";
    }
}
