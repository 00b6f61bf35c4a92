package se.samverka.idea;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.validation.Errors;

/**
 * A coaching session with up to three agreed next steps; a step is a description, its owner and its due date.
 * Dates are kept as typed (yyyy-mm-dd).
 */
record SessionForm(
        String heldOn,
        String notes,
        String step1,
        String owner1,
        String due1,
        String step2,
        String owner2,
        String due2,
        String step3,
        String owner3,
        String due3) {

    SessionForm {
        heldOn = heldOn == null ? "" : heldOn;
        notes = notes == null ? "" : notes;
        step1 = step1 == null ? "" : step1;
        owner1 = owner1 == null ? "" : owner1;
        due1 = due1 == null ? "" : due1;
        step2 = step2 == null ? "" : step2;
        owner2 = owner2 == null ? "" : owner2;
        due2 = due2 == null ? "" : due2;
        step3 = step3 == null ? "" : step3;
        owner3 = owner3 == null ? "" : owner3;
        due3 = due3 == null ? "" : due3;
    }

    static SessionForm empty(LocalDate today) {
        return new SessionForm(today.toString(), "", "", "", "", "", "", "", "", "", "");
    }

    void check(Errors errors) {
        if (heldOn.isBlank()) {
            errors.rejectValue("heldOn", "idea.field.heldOn.required");
        } else if (date(heldOn) == null) {
            errors.rejectValue("heldOn", "idea.field.date.invalid");
        }
        if (notes.isBlank()) {
            errors.rejectValue("notes", "idea.field.notes.required");
        } else if (notes.strip().length() > 4000) {
            errors.rejectValue("notes", "idea.field.notes.tooLong");
        }
        checkStep(errors, 1, step1, owner1, due1);
        checkStep(errors, 2, step2, owner2, due2);
        checkStep(errors, 3, step3, owner3, due3);
    }

    private static void checkStep(Errors errors, int n, String step, String owner, String due) {
        if (step.isBlank() && owner.isBlank() && due.isBlank()) {
            return;
        }
        if (step.isBlank()) {
            errors.rejectValue("step" + n, "idea.field.step.required");
        } else if (step.strip().length() > 500) {
            errors.rejectValue("step" + n, "idea.field.step.tooLong");
        }
        if (owner.isBlank()) {
            errors.rejectValue("owner" + n, "idea.field.owner.required");
        } else if (owner.strip().length() > 200) {
            errors.rejectValue("owner" + n, "idea.field.owner.tooLong");
        }
        if (due.isBlank()) {
            errors.rejectValue("due" + n, "idea.field.due.required");
        } else if (date(due) == null) {
            errors.rejectValue("due" + n, "idea.field.date.invalid");
        }
    }

    LocalDate heldOnValue() {
        return date(heldOn);
    }

    List<NextStep> steps() {
        var steps = new ArrayList<NextStep>();
        if (!step1.isBlank()) {
            steps.add(new NextStep(step1, owner1, date(due1)));
        }
        if (!step2.isBlank()) {
            steps.add(new NextStep(step2, owner2, date(due2)));
        }
        if (!step3.isBlank()) {
            steps.add(new NextStep(step3, owner3, date(due3)));
        }
        return steps;
    }

    private static LocalDate date(String value) {
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
