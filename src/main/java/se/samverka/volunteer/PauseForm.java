package se.samverka.volunteer;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** "Do not ask me before this date": the date is the first day the volunteer may be asked again. */
record PauseForm(
        @NotNull(message = "{volunteer.pause.until.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate until) {

    static PauseForm empty() {
        return new PauseForm(null);
    }

    /** The message key of what is wrong with the date, or null when it may be used. */
    String problemOn(LocalDate today) {
        if (!until.isAfter(today)) {
            return "volunteer.pause.until.notFuture";
        }
        if (until.isAfter(today.plusYears(1))) {
            return "volunteer.pause.until.tooFar";
        }
        return null;
    }
}
