package se.samverka.collaboration;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** One agreement in the list and the CSV export. */
record AgreementLine(
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
        LocalDate nextFollowUp) {

    /** The same line with its department's and organisation's names, which their module knows. */
    AgreementLine named(String department, String organisation) {
        return new AgreementLine(
                id,
                title,
                type,
                status,
                departmentId,
                department,
                organisationId,
                organisation,
                startsOn,
                endsOn,
                amount,
                municipalContactName,
                organisationContactName,
                nextFollowUp);
    }
}
