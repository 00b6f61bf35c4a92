package se.samverka.collaboration;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.springframework.validation.Errors;

/** A further follow-up date on an agreement's page. */
record FollowUpForm(String dueOn, String note) {

    FollowUpForm {
        dueOn = dueOn == null ? "" : dueOn.strip();
        note = note == null ? "" : note;
    }

    static FollowUpForm empty() {
        return new FollowUpForm("", "");
    }

    LocalDate dueOnValue() {
        try {
            return dueOn.isEmpty() ? null : LocalDate.parse(dueOn);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    void check(Errors errors) {
        if (dueOn.isEmpty()) {
            errors.rejectValue("dueOn", "collaboration.followUp.field.dueOn.required");
        } else if (dueOnValue() == null) {
            errors.rejectValue("dueOn", "collaboration.agreement.field.date.invalid");
        }
        if (note.strip().length() > 1000) {
            errors.rejectValue("note", "collaboration.agreement.field.followUpNote.tooLong");
        }
    }
}
