package se.samverka.collaboration;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A follow-up date of an agreement is a week away or today; the representatives of the agreement's department are
 * reminded, once per follow-up and kind.
 *
 * @param kind WEEK_BEFORE or ON_DAY
 */
public record AgreementFollowUpDue(
        UUID followUpId,
        String kind,
        UUID agreementId,
        String title,
        String organisationName,
        String departmentName,
        LocalDate dueOn,
        String note,
        List<Recipient> recipients) {

    public AgreementFollowUpDue {
        recipients = List.copyOf(recipients);
    }

    /** A representative to remind, in the language of their account. */
    public record Recipient(String name, String email, String language) {}

    public boolean onTheDay() {
        return "ON_DAY".equals(kind);
    }
}
