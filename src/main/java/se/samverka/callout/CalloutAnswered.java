package se.samverka.callout;

import java.time.LocalDate;
import java.util.UUID;
import se.samverka.shared.HelpKind;
import se.samverka.volunteer.ContactChannel;

/**
 * A volunteer answered an ask. {@code result} says what came of it: the place is theirs, they said no, or the
 * need was already filled or stopped (a late answer, which gets a polite thank-you, not a task).
 * {@code toldBefore}: the volunteer already had the stand-down message for this ask, so a late answer by e-mail
 * needs no second e-mail (the answer page says it).
 */
public record CalloutAnswered(
        UUID askId,
        UUID volunteerId,
        ContactChannel channel,
        String email,
        String phone,
        String locale,
        HelpKind kind,
        LocalDate date,
        AnswerResult result,
        boolean toldBefore) {

    @Override
    public String toString() {
        return "CalloutAnswered[" + askId + ", " + result + "]";
    }
}
