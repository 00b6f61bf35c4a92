package se.samverka.collaboration;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** One agreement in the list and the CSV export. */
public record AgreementLine(
        UUID id,
        String title,
        AgreementType type,
        AgreementStatus status,
        String departmentId,
        String departmentName,
        UUID organisationId,
        String organisationName,
        LocalDate startsOn,
        LocalDate endsOn,
        BigDecimal amount,
        String municipalContactName,
        String organisationContactName,
        LocalDate nextFollowUp) {}
