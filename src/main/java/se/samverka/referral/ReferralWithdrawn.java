package se.samverka.referral;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import se.samverka.shared.HelpKind;

/**
 * An organisation's offer is no longer open: another organisation accepted first ({@code takenByOther}), or the
 * municipality closed the request. Its members are told they need not answer.
 */
public record ReferralWithdrawn(
        UUID referralId,
        String organisationName,
        List<Recipient> recipients,
        HelpKind kind,
        LocalDate date,
        boolean takenByOther) {}
