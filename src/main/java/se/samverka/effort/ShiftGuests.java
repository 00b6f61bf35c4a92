package se.samverka.effort;

import java.util.List;
import java.util.UUID;

/**
 * People on a shift who are not in the volunteer register (spontaneous volunteers in a crisis), for the shift's
 * roster. Implemented by the module that keeps them, so that this module does not depend on it.
 */
public interface ShiftGuests {

    List<ShiftGuest> on(UUID shiftId);

    /** A guest on the shift: checked once staff completed their checks, else always with the named partner. */
    record ShiftGuest(String name, String phone, boolean checked, UUID partnerVolunteerId) {}
}
