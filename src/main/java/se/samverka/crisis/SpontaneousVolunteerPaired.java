package se.samverka.crisis;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

/**
 * A spontaneous volunteer was given a shift, or a new partner on it: they are told by SMS where and when, and who
 * they will be with ({@code partnerName} null: on their own, their checks being completed). Once per pairing and
 * partner.
 */
public record SpontaneousVolunteerPaired(
        UUID pairingId,
        UUID partnerVolunteerId,
        String phone,
        String locale,
        String effortTitle,
        LocalDate date,
        LocalTime from,
        LocalTime to,
        String place,
        String partnerName) {

    @Override
    public String toString() {
        return "SpontaneousVolunteerPaired[" + pairingId + "]";
    }
}
