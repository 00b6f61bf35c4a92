package se.samverka.meeting;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * A follow-up action as typed. {@code owner} is {@code organisation:<id>} or {@code department:<id>}: one select,
 * so exactly one owner is chosen; whether it is one of today's owners needs the database, so the module checks it.
 * The description is stripped here so that its length is counted as it will be saved.
 */
record ActionForm(
        @NotBlank(message = "{meeting.field.description.required}")
        @Size(max = 1000, message = "{meeting.field.tooLong}")
        String description,

        @NotBlank(message = "{meeting.field.owner.required}")
        @Pattern(
                regexp = "^\\s*$|^organisation:[0-9a-fA-F]{8}(-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}$|^department:\\S+$",
                message = "{meeting.field.owner.required}")
        String owner,

        @NotNull(message = "{meeting.field.dueOn.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate dueOn) {

    static final String ORGANISATION = "organisation:";

    static final String DEPARTMENT = "department:";

    ActionForm {
        description = description == null ? "" : description.strip();
        owner = owner == null ? "" : owner;
    }

    static ActionForm empty() {
        return new ActionForm("", "", null);
    }

    /** The action as the module takes it; only for a form without errors. */
    NewAction action() {
        var organisation =
                owner.startsWith(ORGANISATION) ? UUID.fromString(owner.substring(ORGANISATION.length())) : null;
        var department = owner.startsWith(DEPARTMENT) ? owner.substring(DEPARTMENT.length()) : null;
        return new NewAction(description, organisation, department, dueOn);
    }
}
