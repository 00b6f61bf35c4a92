package se.samverka.volunteer;

import java.util.UUID;

/**
 * Someone signed up with an address that already belongs to a volunteer. The page they see says nothing
 * of it; the owner of the address gets an e-mail instead.
 */
public record VolunteerSignupRepeated(UUID volunteerId, String email, String locale) {

    @Override
    public String toString() {
        return "VolunteerSignupRepeated[" + volunteerId + "]";
    }
}
