package se.samverka.helprequest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;
import se.samverka.shared.HelpKind;

/**
 * A request a coordinator should look at now: nobody has taken it yet and it waited long or is due soon, or it
 * is done and the resident answered the SMS follow-up that they did not get help ({@code notHelpedBySms}), or it
 * came back because no association accepted it in time ({@code referralReturned}).
 */
record AttentionItem(
        UUID id,
        long number,
        HelpKind kind,
        String districtId,
        LocalDate date,
        LocalTime timeFrom,
        HelpRequestStatus status,
        Instant createdAt,
        boolean dueSoon,
        boolean notHelpedBySms,
        boolean referralReturned) {}
