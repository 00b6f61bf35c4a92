package se.samverka.effort;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import se.samverka.shared.PhoneNumber;

/**
 * The roster's lines for people on a shift outside the volunteer register (spontaneous volunteers), each with the
 * vetted partner named from the shift's own confirmed sign-ups; a partner no longer confirmed shows as left.
 */
@Component
class RosterGuests {

    /** One line on the roster; {@code partnerName} is null when the partner left the shift. */
    record Line(String name, String phone, boolean checked, boolean partnerNeeded, String partnerName) {

        public boolean partnerLeft() {
            return partnerNeeded && partnerName == null;
        }
    }

    private final List<ShiftGuests> guests;

    RosterGuests(List<ShiftGuests> guests) {
        this.guests = guests;
    }

    List<Line> of(UUID shiftId, List<Signup> signups) {
        Map<UUID, String> confirmed = signups.stream()
                .filter(s -> s.status() == SignupStatus.CONFIRMED)
                .collect(Collectors.toMap(Signup::volunteerId, Signup::volunteerName, (a, b) -> a));
        return guests.stream()
                .flatMap(g -> g.on(shiftId).stream())
                .map(g -> new Line(
                        g.name(),
                        PhoneNumber.displayOf(g.phone()),
                        g.checked(),
                        !g.checked(),
                        g.partnerVolunteerId() == null ? null : confirmed.get(g.partnerVolunteerId())))
                .toList();
    }
}
