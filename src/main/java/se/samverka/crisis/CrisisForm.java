package se.samverka.crisis;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The one-step start of a crisis on the admin page. No districts means the whole municipality. The numbers stay
 * strings, so a wrong one is shown back as typed; {@link #hours()} and {@link #raise()} read them once they passed.
 */
record CrisisForm(
        @NotBlank(message = "{crisis.name.required}") @Size(max = 120, message = "{crisis.name.tooLong}")
        String name,

        @NotNull(message = "{crisis.kind.required}") CrisisKind kind,

        List<String> districts,

        @NotNull(message = "{crisis.startDate.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate startDate,

        @NotNull(message = "{crisis.startTime.required}") @DateTimeFormat(pattern = "HH:mm")
        LocalTime startTime,

        @NotBlank(message = "{crisis.expectedHours.required}")
        @Pattern(regexp = "^\\s*[0-9]{1,4}\\s*$", message = "{crisis.expectedHours.range}")
        String expectedHours,

        @NotBlank(message = "{crisis.publicMessage.required}")
        @Size(max = 500, message = "{crisis.publicMessage.tooLong}")
        String publicMessage,

        @NotBlank(message = "{crisis.phone.required}")
        @Size(max = 40, message = "{crisis.phone.invalid}")
        @Pattern(regexp = "^[0-9+()\\-\\s]*$", message = "{crisis.phone.invalid}")
        String phone,

        @NotBlank(message = "{crisis.budgetRaise.required}")
        @Pattern(regexp = "^\\s*[0-9]{1,2}\\s*$", message = "{crisis.budgetRaise.range}")
        String contactBudgetRaise) {

    CrisisForm {
        districts = districts == null ? List.of() : List.copyOf(districts);
    }

    /** A new form: starts now, expected to last a day, the municipality's phone number, no extra asks. */
    static CrisisForm startingAt(LocalDate date, LocalTime time, String phone) {
        return new CrisisForm(null, null, List.of(), date, time.withSecond(0).withNano(0), "24", null, phone, "0");
    }

    /** The expected length in hours, or -1 when it is no number. */
    int hours() {
        return number(expectedHours);
    }

    /** The raise of the contact budget, or -1 when it is no number. */
    int raise() {
        return number(contactBudgetRaise);
    }

    private static int number(String value) {
        try {
            return Integer.parseInt(value.strip());
        } catch (RuntimeException e) {
            return -1;
        }
    }

    CrisisPlan plan(ZoneId zone) {
        return new CrisisPlan(
                name,
                kind,
                districts,
                startDate.atTime(startTime).atZone(zone).toInstant(),
                hours(),
                publicMessage,
                phone,
                raise());
    }
}
