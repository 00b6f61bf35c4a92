package se.samverka.desk;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The identity checks a coordinator made at an onboarding meeting: of whom, on which day, by which document.
 * {@code back} is the register view to return to.
 */
record IdCheckForm(
        List<String> ids,

        @NotNull(message = "{desk.idcheck.checkedOn.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate checkedOn,

        @NotNull(message = "{desk.idcheck.method.required}") IdMethod method,
        String back) {

    IdCheckForm {
        ids = ids == null ? List.of() : List.copyOf(ids);
    }

    /** The message key of what is wrong with the day, or null: not in the future and within the last year. */
    String problemOn(LocalDate today) {
        if (checkedOn.isAfter(today)) {
            return "desk.idcheck.checkedOn.future";
        }
        if (checkedOn.isBefore(today.minusYears(1))) {
            return "desk.idcheck.checkedOn.tooOld";
        }
        return null;
    }

    /** Where to go afterwards: a register view, never another site. */
    String safeBack() {
        return back != null && back.startsWith(RegisterFilter.PATH) && !back.contains("//") && !back.contains("\\")
                ? back
                : RegisterFilter.PATH;
    }
}
