package se.samverka.volunteer;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import se.samverka.shared.HelpKind;

/**
 * A new volunteer signed up; the confirmation token goes into the welcome message's link. The address is not
 * confirmed yet.
 *
 * @param confirmationSms the mobile number (E.164) the confirmation link goes to by SMS instead of the welcome e-mail,
 *     when a coordinator registered them on the phone and chose SMS; null for the e-mail
 * @param signedUpAt when the volunteer was stored, and {@code kinds} what they offer: the facts a listener in the
 *     sign-up's transaction would otherwise read back from the rows just written (four statements a sign-up, issue
 *     11); null when the publisher did not give them, and the listener reads them
 */
public record VolunteerRegistered(
        UUID volunteerId,
        String email,
        String name,
        String locale,
        String confirmationToken,
        String confirmationSms,
        Instant signedUpAt,
        Set<HelpKind> kinds) {

    public VolunteerRegistered {
        kinds = kinds == null ? null : Set.copyOf(kinds);
    }

    public VolunteerRegistered(
            UUID volunteerId,
            String email,
            String name,
            String locale,
            String confirmationToken,
            String confirmationSms) {
        this(volunteerId, email, name, locale, confirmationToken, confirmationSms, null, null);
    }

    public VolunteerRegistered(UUID volunteerId, String email, String name, String locale, String confirmationToken) {
        this(volunteerId, email, name, locale, confirmationToken, null);
    }

    /** Whether the event carries the facts of the sign-up ({@link #signedUpAt} and {@link #kinds}). */
    public boolean hasFacts() {
        return signedUpAt != null && kinds != null;
    }

    @Override
    public String toString() {
        return "VolunteerRegistered[" + volunteerId + "]";
    }
}
