package se.samverka.effort;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A shift as a coordinator sees it when giving it to someone outside the everyday vetting (a spontaneous volunteer):
 * where and when, whether it needs a safeguarding level, and the vetted people confirmed on it.
 */
public record UnvettedShift(
        UUID shiftId,
        UUID effortId,
        String effortTitle,
        String title,
        LocalDate date,
        LocalTime from,
        LocalTime to,
        String place,
        String districtId,
        int placesLeft,
        int safeguardingLevel,
        boolean cancelled,
        List<VettedPerson> vetted) {

    public UnvettedShift {
        vetted = List.copyOf(vetted);
    }

    public boolean needsLevel() {
        return safeguardingLevel > 0;
    }

    public Optional<VettedPerson> vettedPerson(UUID volunteerId) {
        return vetted.stream().filter(p -> p.volunteerId().equals(volunteerId)).findFirst();
    }
}
