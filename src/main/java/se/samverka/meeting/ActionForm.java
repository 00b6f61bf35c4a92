package se.samverka.meeting;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Set;
import java.util.UUID;
import org.springframework.validation.Errors;

/**
 * A follow-up action as typed. {@code owner} is {@code organisation:<id>} or {@code department:<id>}: one select,
 * so exactly one owner is chosen.
 */
record ActionForm(String description, String owner, String dueOn) {

    static final String ORGANISATION = "organisation:";

    static final String DEPARTMENT = "department:";

    ActionForm {
        description = description == null ? "" : description;
        owner = owner == null ? "" : owner;
        dueOn = dueOn == null ? "" : dueOn;
    }

    static ActionForm empty() {
        return new ActionForm("", "", "");
    }

    void check(Errors errors, Set<String> owners) {
        if (description.isBlank()) {
            errors.rejectValue("description", "meeting.field.description.required");
        } else if (description.strip().length() > 1000) {
            errors.rejectValue("description", "meeting.field.tooLong");
        }
        if (owner.isBlank() || !owners.contains(owner)) {
            errors.rejectValue("owner", "meeting.field.owner.required");
        }
        if (dueOn.isBlank()) {
            errors.rejectValue("dueOn", "meeting.field.dueOn.required");
        } else if (dueValue() == null) {
            errors.rejectValue("dueOn", "meeting.field.date.invalid");
        }
    }

    UUID organisationId() {
        return owner.startsWith(ORGANISATION) ? UUID.fromString(owner.substring(ORGANISATION.length())) : null;
    }

    String departmentId() {
        return owner.startsWith(DEPARTMENT) ? owner.substring(DEPARTMENT.length()) : null;
    }

    LocalDate dueValue() {
        try {
            return LocalDate.parse(dueOn.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
