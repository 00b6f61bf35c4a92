package se.samverka.helprequest;

import java.time.LocalDate;
import java.util.UUID;
import se.samverka.shared.HelpKind;

/**
 * A coordinator asked the resident by SMS whether they got help with a request that is done. The answer comes
 * back as an SMS reply to the same number.
 *
 * @param phone the resident's mobile number in E.164 form
 * @param kind what the help was
 * @param date the day of the help
 */
public record ResidentFollowUpAsked(UUID requestId, long number, String phone, HelpKind kind, LocalDate date) {

    @Override
    public String toString() {
        return "ResidentFollowUpAsked[" + number + "]";
    }
}
