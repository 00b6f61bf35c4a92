package se.samverka.safeguarding;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * A check staff made of a volunteer. No field takes the extract's contents; the note is short and the page
 * warns against writing anything from the extract in it.
 */
record CheckForm(
        @NotNull(message = "{safeguarding.form.kind.required}")
        CheckKind kind,

        @NotNull(message = "{safeguarding.form.checkedOn.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate checkedOn,

        @Size(max = 200, message = "{safeguarding.form.note.tooLong}")
        String note) {

    static CheckForm empty(LocalDate today) {
        return new CheckForm(null, today, null);
    }

    /** The message key of what is wrong with the date, or null when it may be used. */
    String problemOn(LocalDate today) {
        if (checkedOn.isAfter(today)) {
            return "safeguarding.form.checkedOn.future";
        }
        if (checkedOn.isBefore(today.minusYears(1))) {
            return "safeguarding.form.checkedOn.tooOld";
        }
        return null;
    }
}
