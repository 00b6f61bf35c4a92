package se.samverka.effort;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.Errors;

/** What may change on a shift once people have signed up: when, where and how many. Numbers stay as typed. */
record ShiftEditForm(
        @NotNull(message = "{effort.shift.date.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate date,

        @NotNull(message = "{effort.shift.timeFrom.required}") @DateTimeFormat(pattern = "HH:mm")
        LocalTime timeFrom,

        @NotNull(message = "{effort.shift.timeTo.required}") @DateTimeFormat(pattern = "HH:mm")
        LocalTime timeTo,

        @NotBlank(message = "{effort.shift.place.required}") @Size(max = 200, message = "{effort.shift.place.tooLong}")
        String place,

        @NotBlank(message = "{effort.shift.min.required}")
        @Pattern(regexp = "^\\s*\\d{1,3}\\s*$", message = "{effort.shift.min.number}")
        String minVolunteers,

        @NotBlank(message = "{effort.shift.max.required}")
        @Pattern(regexp = "^\\s*\\d{1,3}\\s*$", message = "{effort.shift.max.number}")
        String maxVolunteers) {

    static ShiftEditForm of(Shift s) {
        return new ShiftEditForm(
                s.date(),
                s.from(),
                s.to(),
                s.place(),
                String.valueOf(s.minVolunteers()),
                String.valueOf(s.maxVolunteers()));
    }

    int min() {
        return Integer.parseInt(minVolunteers.strip());
    }

    int max() {
        return Integer.parseInt(maxVolunteers.strip());
    }

    /** The rules that need the clock, the effort's period, who is signed up and the effort's other shifts. */
    void check(Errors errors, Instant now, ZoneId zone, Effort effort, Shift shift, ShiftForm.Overlap overlap) {
        ShiftForm.checkWhenAndSize(errors, date, timeFrom, timeTo, now, zone, effort, this::min);
        if (!errors.hasFieldErrors("maxVolunteers") && max() < shift.confirmed()) {
            errors.rejectValue(
                    "maxVolunteers", "effort.shift.max.belowConfirmed", new Object[] {shift.confirmed()}, null);
        } else if (!errors.hasFieldErrors("minVolunteers")
                && !errors.hasFieldErrors("maxVolunteers")
                && max() < min()) {
            errors.rejectValue("maxVolunteers", "effort.shift.max.belowMin");
        }
        if (!errors.hasErrors() && overlap.test(place, date, timeFrom, timeTo)) {
            errors.rejectValue("timeFrom", "effort.shift.overlap");
        }
    }
}
