package se.samverka.effort;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.Errors;
import se.samverka.shared.EmailAddress;
import se.samverka.shared.PhoneNumber;

/** What a coordinator types to create or change an effort. The department is asked only in the municipality. */
record EffortForm(
        @NotBlank(message = "{effort.title.required}") @Size(max = 200, message = "{effort.title.tooLong}")
        String title,

        @NotBlank(message = "{effort.description.required}") @Size(max = 4000, message = "{effort.description.tooLong}")
        String description,

        @NotBlank(message = "{effort.targetGroup.required}") @Size(max = 500, message = "{effort.targetGroup.tooLong}")
        String targetGroup,

        @NotNull(message = "{effort.periodStart.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate periodStart,

        @NotNull(message = "{effort.periodEnd.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate periodEnd,

        @NotBlank(message = "{effort.contactName.required}") @Size(max = 120, message = "{effort.contactName.tooLong}")
        String contactName,

        @NotBlank(message = "{effort.contactEmail.required}")
        @Size(max = 254, message = "{effort.contactEmail.invalid}")
        String contactEmail,

        String contactPhone,
        Set<String> districts,
        String departmentId) {

    EffortForm {
        districts = districts == null ? new LinkedHashSet<>() : districts;
    }

    static EffortForm empty(LocalDate today) {
        return new EffortForm("", "", "", today, today.plusMonths(1), "", "", "", Set.of(), "");
    }

    static EffortForm of(Effort e) {
        return new EffortForm(
                e.title(),
                e.description(),
                e.targetGroup(),
                e.periodStart(),
                e.periodEnd(),
                e.contactName(),
                e.contactEmail(),
                e.contactPhone() == null ? "" : e.contactPhone(),
                new LinkedHashSet<>(e.districtIds()),
                e.departmentId() == null ? "" : e.departmentId());
    }

    /** The rules Bean Validation cannot express; {@code municipal} asks for a department. */
    void check(Errors errors, Predicate<String> knownDistrict, Predicate<String> knownDepartment, boolean municipal) {
        if (periodStart != null && periodEnd != null && periodEnd.isBefore(periodStart)) {
            errors.rejectValue("periodEnd", "effort.periodEnd.beforeStart");
        }
        if (!errors.hasFieldErrors("contactEmail") && !EmailAddress.isValid(contactEmail)) {
            errors.rejectValue("contactEmail", "effort.contactEmail.invalid");
        }
        if (contactPhone != null && !contactPhone.isBlank()) {
            try {
                PhoneNumber.of(contactPhone);
            } catch (IllegalArgumentException e) {
                errors.rejectValue("contactPhone", "effort.contactPhone.invalid");
            }
        }
        if (districts.isEmpty()) {
            errors.rejectValue("districts", "effort.districts.required");
        } else if (!districts.stream().allMatch(knownDistrict)) {
            errors.rejectValue("districts", "effort.districts.unknown");
        }
        if (municipal && (departmentId == null || !knownDepartment.test(departmentId))) {
            errors.rejectValue("departmentId", "effort.department.required");
        }
    }

    Effort toEffort(UUID id, UUID organisationId, EffortStatus status) {
        return new Effort(
                id,
                organisationId,
                organisationId == null ? departmentId : null,
                title.strip(),
                description.strip(),
                targetGroup.strip(),
                periodStart,
                periodEnd,
                contactName.strip(),
                EmailAddress.of(contactEmail).value(),
                contactPhone == null || contactPhone.isBlank()
                        ? null
                        : PhoneNumber.of(contactPhone).e164(),
                status,
                new ArrayList<>(districts));
    }
}
