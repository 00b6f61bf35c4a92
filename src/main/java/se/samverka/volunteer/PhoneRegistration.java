package se.samverka.volunteer;

import java.util.Set;
import se.samverka.shared.EmailAddress;
import se.samverka.shared.HelpKind;
import se.samverka.shared.PhoneNumber;

/**
 * What a coordinator writes down when someone signs up as a volunteer on the phone. The rest of the profile starts
 * as the sign-up form's defaults (free any time, asked at most twice a month, no car) and the volunteer changes it
 * under Mina sidor once they have confirmed their address.
 *
 * @param confirmBySms whether the confirmation link goes to the mobile number by SMS instead of by e-mail
 */
public record PhoneRegistration(
        String name,
        EmailAddress email,
        PhoneNumber phone,
        Set<String> districtIds,
        Set<HelpKind> kinds,
        Set<String> languages,
        ContactChannel contactChannel,
        boolean confirmBySms) {

    VolunteerDetails details() {
        return new VolunteerDetails(
                name,
                email,
                phone,
                districtIds,
                kinds,
                languages,
                false,
                new Availability(true, true, true, true),
                AskFrequency.TWICE_A_MONTH,
                contactChannel,
                null,
                false,
                false);
    }

    @Override
    public String toString() {
        return "PhoneRegistration[districts=" + districtIds + ", kinds=" + kinds + ", confirmBySms=" + confirmBySms
                + "]";
    }
}
