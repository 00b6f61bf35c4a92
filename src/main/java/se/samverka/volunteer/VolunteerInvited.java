package se.samverka.volunteer;

import java.util.UUID;

/**
 * Someone from an earlier list of volunteers was invited (an administrator imported the list): they get an e-mail
 * with a link to confirm their address and give their consent. Until they confirm, nobody asks them and no consent
 * is recorded for them.
 *
 * @param confirmationToken the plain token for the link, never stored as such
 */
public record VolunteerInvited(UUID volunteerId, String email, String name, String locale, String confirmationToken) {

    @Override
    public String toString() {
        return "VolunteerInvited[" + volunteerId + "]";
    }
}
