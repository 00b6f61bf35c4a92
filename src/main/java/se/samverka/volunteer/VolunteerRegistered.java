package se.samverka.volunteer;

import java.util.UUID;

/** A new volunteer signed up; the confirmation token goes into the welcome e-mail's link. */
public record VolunteerRegistered(
        UUID volunteerId, String email, String name, String locale, String confirmationToken) {

    @Override
    public String toString() {
        return "VolunteerRegistered[" + volunteerId + "]";
    }
}
