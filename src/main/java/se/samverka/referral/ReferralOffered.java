package se.samverka.referral;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import se.samverka.shared.HelpKind;

/**
 * A request was offered to an organisation: its members are told what, where and when, and by when to answer;
 * never who.
 */
public record ReferralOffered(
        UUID referralId,
        UUID organisationId,
        String organisationName,
        List<Recipient> recipients,
        HelpKind kind,
        String districtName,
        LocalDate date,
        LocalTime timeFrom,
        LocalTime timeTo,
        Instant deadline) {}
