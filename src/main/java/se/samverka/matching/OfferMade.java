package se.samverka.matching;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;
import se.samverka.shared.HelpKind;

/**
 * A volunteer was offered a task. The token is the secret in the e-mailed link that lets them accept or
 * decline without logging in; the e-mail says what, where and when, never who or the address.
 */
public record OfferMade(
        UUID offerId,
        UUID requestId,
        UUID volunteerId,
        String email,
        String locale,
        String token,
        HelpKind kind,
        String districtName,
        LocalDate date,
        LocalTime timeFrom,
        LocalTime timeTo) {

    @Override
    public String toString() {
        return "OfferMade[" + offerId + "]";
    }
}
