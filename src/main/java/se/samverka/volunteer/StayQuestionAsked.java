package se.samverka.volunteer;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A volunteer who has shown no sign of life for the retention period is asked whether they want to stay; unless
 * they answer by {@code answerBy} they are handed to erasure. The token is the secret of the link to
 * /gallring/stanna/{token}; only its hash is stored.
 */
public record StayQuestionAsked(
        UUID volunteerId, String name, String email, String locale, String token, LocalDate answerBy) {

    @Override
    public String toString() {
        return "StayQuestionAsked[" + volunteerId + "]";
    }
}
