package se.samverka.collaboration;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import org.springframework.validation.Errors;
import se.samverka.shared.EmailAddress;

/**
 * The agreement form, every field as typed so that nothing is lost when it comes back with errors. The first
 * follow-up date and its note are only on the form for a new agreement; later ones are added on its page.
 */
record AgreementForm(
        String departmentId,
        String organisationId,
        String type,
        String title,
        String description,
        String startsOn,
        String endsOn,
        String amount,
        String municipalContactName,
        String municipalContactEmail,
        String organisationContactName,
        String organisationContactEmail,
        String status,
        String followUpOn,
        String followUpNote) {

    private static final String F = "collaboration.agreement.field.";

    AgreementForm {
        departmentId = trim(departmentId);
        organisationId = trim(organisationId);
        type = trim(type);
        title = trim(title);
        description = description == null ? "" : description;
        startsOn = trim(startsOn);
        endsOn = trim(endsOn);
        amount = trim(amount);
        municipalContactName = trim(municipalContactName);
        municipalContactEmail = trim(municipalContactEmail);
        organisationContactName = trim(organisationContactName);
        organisationContactEmail = trim(organisationContactEmail);
        status = trim(status);
        followUpOn = trim(followUpOn);
        followUpNote = followUpNote == null ? "" : followUpNote;
    }

    static AgreementForm empty(String departmentId) {
        return new AgreementForm(
                departmentId, "", "", "", "", "", "", "", "", "", "", "", AgreementStatus.DRAFT.name(), "", "");
    }

    static AgreementForm of(Agreement a) {
        return new AgreementForm(
                a.departmentId(),
                a.organisationId().toString(),
                a.type().name(),
                a.title(),
                a.description(),
                a.startsOn().toString(),
                a.endsOn() == null ? "" : a.endsOn().toString(),
                a.amount() == null ? "" : a.amount().stripTrailingZeros().toPlainString(),
                a.municipalContactName(),
                a.municipalContactEmail(),
                a.organisationContactName(),
                a.organisationContactEmail(),
                a.status().name(),
                "",
                "");
    }

    /** The rules that need nothing but the form; the department and organisation are checked by the service. */
    void check(Errors errors) {
        if (departmentId.isEmpty()) {
            errors.rejectValue("departmentId", F + "departmentId.required");
        }
        if (organisationId.isEmpty()) {
            errors.rejectValue("organisationId", F + "organisationId.required");
        } else if (organisationIdValue() == null) {
            errors.rejectValue("organisationId", F + "organisationId.unknown");
        }
        if (typeValue() == null) {
            errors.rejectValue("type", F + "type.required");
        }
        if (title.isEmpty()) {
            errors.rejectValue("title", F + "title.required");
        } else if (title.length() > 200) {
            errors.rejectValue("title", F + "title.tooLong");
        }
        if (description.strip().length() > 4000) {
            errors.rejectValue("description", F + "description.tooLong");
        }
        var start = date(startsOn);
        if (startsOn.isEmpty()) {
            errors.rejectValue("startsOn", F + "startsOn.required");
        } else if (start == null) {
            errors.rejectValue("startsOn", F + "date.invalid");
        }
        var end = date(endsOn);
        if (!endsOn.isEmpty() && end == null) {
            errors.rejectValue("endsOn", F + "date.invalid");
        } else if (endsOn.isEmpty() && typeValue() != null && typeValue() != AgreementType.INFORMAL) {
            errors.rejectValue("endsOn", F + "endsOn.required");
        } else if (start != null && end != null && end.isBefore(start)) {
            errors.rejectValue("endsOn", F + "endsOn.beforeStart");
        }
        if (!amount.isEmpty()) {
            var value = amountValue();
            if (value == null) {
                errors.rejectValue("amount", F + "amount.invalid");
            } else if (value.signum() < 0) {
                errors.rejectValue("amount", F + "amount.negative");
            } else if (value.precision() - value.scale() > 12) {
                errors.rejectValue("amount", F + "amount.tooLarge");
            }
        }
        person(errors, "municipalContactName", municipalContactName);
        email(errors, "municipalContactEmail", municipalContactEmail);
        person(errors, "organisationContactName", organisationContactName);
        email(errors, "organisationContactEmail", organisationContactEmail);
        if (statusValue() == null) {
            errors.rejectValue("status", F + "status.required");
        }
        if (!followUpOn.isEmpty() && date(followUpOn) == null) {
            errors.rejectValue("followUpOn", F + "date.invalid");
        } else if (followUpOn.isEmpty() && !followUpNote.isBlank()) {
            errors.rejectValue("followUpOn", F + "followUpOn.required");
        }
        if (followUpNote.strip().length() > 1000) {
            errors.rejectValue("followUpNote", F + "followUpNote.tooLong");
        }
    }

    UUID organisationIdValue() {
        try {
            return organisationId.isEmpty() ? null : UUID.fromString(organisationId);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    AgreementType typeValue() {
        try {
            return type.isEmpty() ? null : AgreementType.valueOf(type);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    AgreementStatus statusValue() {
        try {
            return status.isEmpty() ? null : AgreementStatus.valueOf(status);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    LocalDate startsOnValue() {
        return date(startsOn);
    }

    LocalDate endsOnValue() {
        return date(endsOn);
    }

    LocalDate followUpOnValue() {
        return date(followUpOn);
    }

    /** Kronor as Swedes write them: spaces between thousands, a comma or a point before the öre. */
    BigDecimal amountValue() {
        if (amount.isEmpty()) {
            return null;
        }
        var plain = amount.replaceAll("[\\s\u00a0]", "").replace(',', '.');
        if (plain.endsWith("kr")) {
            plain = plain.substring(0, plain.length() - 2);
        }
        if (!plain.matches("-?\\d+(\\.\\d{1,2})?")) {
            return null;
        }
        return new BigDecimal(plain);
    }

    private static void person(Errors errors, String field, String value) {
        if (value.isEmpty()) {
            errors.rejectValue(field, F + "contactName.required");
        } else if (value.length() > 120) {
            errors.rejectValue(field, F + "contactName.tooLong");
        }
    }

    private static void email(Errors errors, String field, String value) {
        if (value.isEmpty()) {
            errors.rejectValue(field, F + "contactEmail.required");
        } else if (!EmailAddress.isValid(value)) {
            errors.rejectValue(field, F + "contactEmail.invalid");
        }
    }

    static LocalDate date(String value) {
        try {
            return value == null || value.isEmpty() ? null : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String trim(String value) {
        return value == null ? "" : value.strip();
    }
}
