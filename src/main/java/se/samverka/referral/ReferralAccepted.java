package se.samverka.referral;

import java.time.LocalDate;
import java.util.UUID;
import se.samverka.shared.HelpKind;

/**
 * An organisation accepted a referred request. The resident is told by SMS who will contact them when their
 * number is a mobile one ({@code residentMobile} in E.164 form, null otherwise: then a coordinator calls).
 * The SMS is in English when the resident speaks English ({@code residentLanguage}, a language code or null), else in
 * Swedish.
 */
public record ReferralAccepted(
        UUID referralId,
        UUID requestId,
        long requestNumber,
        String organisationName,
        String residentMobile,
        HelpKind kind,
        LocalDate date,
        String residentLanguage) {

    @Override
    public String toString() {
        return "ReferralAccepted[" + requestNumber + "]";
    }
}
