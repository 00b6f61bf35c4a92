package se.samverka.volunteer;

import java.util.UUID;

/**
 * A new volunteer signed up; the confirmation token goes into the welcome message's link.
 *
 * @param confirmationSms the mobile number (E.164) the confirmation link goes to by SMS instead of the welcome e-mail,
 *     when a coordinator registered them on the phone and chose SMS; null for the e-mail
 */
public record VolunteerRegistered(
        UUID volunteerId, String email, String name, String locale, String confirmationToken, String confirmationSms) {

    public VolunteerRegistered(UUID volunteerId, String email, String name, String locale, String confirmationToken) {
        this(volunteerId, email, name, locale, confirmationToken, null);
    }

    @Override
    public String toString() {
        return "VolunteerRegistered[" + volunteerId + "]";
    }
}
