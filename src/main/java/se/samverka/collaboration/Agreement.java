package se.samverka.collaboration;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** An agreement as its detail page shows it. */
record Agreement(
        UUID id,
        String departmentId,
        String departmentName,
        UUID organisationId,
        String organisationName,
        AgreementType type,
        String title,
        String description,
        LocalDate startsOn,
        LocalDate endsOn,
        BigDecimal amount,
        String municipalContactName,
        String municipalContactEmail,
        String organisationContactName,
        String organisationContactEmail,
        AgreementStatus status,
        List<FollowUp> followUps,
        List<DocumentLink> documents) {

    /** The same agreement with its department's and organisation's names, which their module knows. */
    Agreement named(String department, String organisation) {
        return new Agreement(
                id,
                departmentId,
                department,
                organisationId,
                organisation,
                type,
                title,
                description,
                startsOn,
                endsOn,
                amount,
                municipalContactName,
                municipalContactEmail,
                organisationContactName,
                organisationContactEmail,
                status,
                followUps,
                documents);
    }
}
