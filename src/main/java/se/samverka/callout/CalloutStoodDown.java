package se.samverka.callout;

import java.time.LocalDate;
import java.util.UUID;
import se.samverka.shared.HelpKind;
import se.samverka.volunteer.ContactChannel;

/**
 * A volunteer who was asked is not needed after all: {@code filled} when enough others said yes, otherwise
 * the call-out was stopped. Sent once per ask, on the channel the ask used.
 */
public record CalloutStoodDown(
        UUID askId,
        UUID volunteerId,
        ContactChannel channel,
        String email,
        String phone,
        String locale,
        HelpKind kind,
        LocalDate date,
        boolean filled) {

    @Override
    public String toString() {
        return "CalloutStoodDown[" + askId + "]";
    }
}
