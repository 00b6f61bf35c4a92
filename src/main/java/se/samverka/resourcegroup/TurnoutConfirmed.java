package se.samverka.resourcegroup;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

/**
 * A member said yes to a group call-out and has a place: they get a link ({@code token}, no login) to say when they are
 * on the way, there and done. {@code phone} (E.164) is set when they chose SMS; otherwise {@code email}.
 */
public record TurnoutConfirmed(
        UUID groupCalloutId,
        UUID volunteerId,
        String email,
        String phone,
        String locale,
        String token,
        String title,
        LocalDate date,
        LocalTime timeFrom,
        LocalTime timeTo) {

    @Override
    public String toString() {
        return "TurnoutConfirmed[" + groupCalloutId + ", " + volunteerId + "]";
    }
}
