package se.samverka.callout;

import java.util.UUID;

/** A need, effort or crisis is over: thank a volunteer who helped with it ({@code title} says what it was). */
public record VolunteerThanked(UUID subjectId, UUID volunteerId, String email, String locale, String title) {

    @Override
    public String toString() {
        return "VolunteerThanked[" + subjectId + ", " + volunteerId + "]";
    }
}
