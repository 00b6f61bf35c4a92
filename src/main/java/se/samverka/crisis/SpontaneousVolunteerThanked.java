package se.samverka.crisis;

import java.util.UUID;

/** A spontaneous volunteer is thanked by SMS, once, after the crisis they signed up for ended. */
public record SpontaneousVolunteerThanked(UUID crisisId, String crisisName, String phone, String locale) {

    @Override
    public String toString() {
        return "SpontaneousVolunteerThanked[" + crisisId + "]";
    }
}
