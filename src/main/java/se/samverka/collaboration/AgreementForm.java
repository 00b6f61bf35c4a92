package se.samverka.collaboration;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The agreement form: typed fields checked by Bean Validation ({@link ConsistentAgreement} for the rules across
 * fields); a value that does not convert comes back as typed with its error. The amount is read as Swedes write
 * kronor ({@link Kronor}). The first follow-up date and its note are only on the form for a new agreement; later
 * ones are added on its page. Whether the department is the user's and the organisation in the register needs the
 * database: the controller checks that.
 */
@ConsistentAgreement
record AgreementForm(
        @NotBlank(message = "{collaboration.agreement.field.departmentId.required}")
        String departmentId,

        @NotNull(message = "{collaboration.agreement.field.organisationId.required}")
        UUID organisationId,

        @NotNull(message = "{collaboration.agreement.field.type.required}")
        AgreementType type,

        @NotBlank(message = "{collaboration.agreement.field.title.required}")
        @Size(max = 200, message = "{collaboration.agreement.field.title.tooLong}")
        String title,

        @Size(max = 4000, message = "{collaboration.agreement.field.description.tooLong}")
        String description,

        @NotNull(message = "{collaboration.agreement.field.startsOn.required}")
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate startsOn,

        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate endsOn,

        @DecimalMin(value = "0", message = "{collaboration.agreement.field.amount.negative}")
        @Digits(integer = 12, fraction = 2, message = "{collaboration.agreement.field.amount.tooLarge}")
        BigDecimal amount,

        @NotBlank(message = "{collaboration.agreement.field.contactName.required}")
        @Size(max = 120, message = "{collaboration.agreement.field.contactName.tooLong}")
        String municipalContactName,

        @NotBlank(message = "{collaboration.agreement.field.contactEmail.required}")
        @ContactEmail(message = "{collaboration.agreement.field.contactEmail.invalid}")
        String municipalContactEmail,

        @NotBlank(message = "{collaboration.agreement.field.contactName.required}")
        @Size(max = 120, message = "{collaboration.agreement.field.contactName.tooLong}")
        String organisationContactName,

        @NotBlank(message = "{collaboration.agreement.field.contactEmail.required}")
        @ContactEmail(message = "{collaboration.agreement.field.contactEmail.invalid}")
        String organisationContactEmail,

        @NotNull(message = "{collaboration.agreement.field.status.required}")
        AgreementStatus status,

        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate followUpOn,

        @Size(max = 1000, message = "{collaboration.agreement.field.followUpNote.tooLong}")
        String followUpNote) {

    AgreementForm {
        departmentId = strip(departmentId);
        title = strip(title);
        description = description == null ? "" : description.strip();
        municipalContactName = strip(municipalContactName);
        municipalContactEmail = strip(municipalContactEmail);
        organisationContactName = strip(organisationContactName);
        organisationContactEmail = strip(organisationContactEmail);
        followUpNote = followUpNote == null ? "" : followUpNote.strip();
    }

    static AgreementForm empty(String departmentId) {
        return new AgreementForm(
                departmentId, null, null, "", "", null, null, null, "", "", "", "", AgreementStatus.DRAFT, null, "");
    }

    static AgreementForm of(Agreement a) {
        return new AgreementForm(
                a.departmentId(),
                a.organisationId(),
                a.type(),
                a.title(),
                a.description(),
                a.startsOn(),
                a.endsOn(),
                // plain and without trailing zeros, as it was typed: 125000.50 shows as 125000.5
                a.amount() == null
                        ? null
                        : new BigDecimal(a.amount().stripTrailingZeros().toPlainString()),
                a.municipalContactName(),
                a.municipalContactEmail(),
                a.organisationContactName(),
                a.organisationContactEmail(),
                a.status(),
                null,
                "");
    }

    /** The agreement as the module takes it; only for a form without errors. */
    Agreements.Registration registration() {
        return new Agreements.Registration(
                departmentId,
                organisationId,
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
                status);
    }

    private static String strip(String value) {
        return value == null ? "" : value.strip();
    }
}
