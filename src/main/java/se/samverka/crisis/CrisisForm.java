package se.samverka.crisis;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;

/** The one-step start of a crisis on the admin page. No districts means the whole municipality. */
record CrisisForm(
        @NotBlank(message = "{crisis.name.required}") @Size(max = 120, message = "{crisis.name.tooLong}")
        String name,

        @NotNull(message = "{crisis.kind.required}") CrisisKind kind,

        List<String> districts,

        @NotNull(message = "{crisis.startDate.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate startDate,

        @NotNull(message = "{crisis.startTime.required}") @DateTimeFormat(pattern = "HH:mm")
        LocalTime startTime,

        @NotNull(message = "{crisis.expectedHours.required}")
        @Min(value = 1, message = "{crisis.expectedHours.range}")
        @Max(value = 2160, message = "{crisis.expectedHours.range}")
        Integer expectedHours,

        @NotBlank(message = "{crisis.publicMessage.required}")
        @Size(max = 500, message = "{crisis.publicMessage.tooLong}")
        String publicMessage,

        @NotBlank(message = "{crisis.phone.required}")
        @Size(max = 40, message = "{crisis.phone.invalid}")
        @Pattern(regexp = "^[0-9+()\\-\\s]*$", message = "{crisis.phone.invalid}")
        String phone,

        @NotNull(message = "{crisis.budgetRaise.required}")
        @Min(value = 0, message = "{crisis.budgetRaise.range}")
        @Max(value = 10, message = "{crisis.budgetRaise.range}")
        Integer contactBudgetRaise) {

    CrisisForm {
        districts = districts == null ? List.of() : List.copyOf(districts);
    }

    /** A new form: starts now, expected to last a day, the municipality's phone number, no extra asks. */
    static CrisisForm startingAt(LocalDate date, LocalTime time, String phone) {
        return new CrisisForm(null, null, List.of(), date, time.withSecond(0).withNano(0), 24, null, phone, 0);
    }

    CrisisPlan plan(ZoneId zone) {
        return new CrisisPlan(
                name,
                kind,
                districts,
                startDate.atTime(startTime).atZone(zone).toInstant(),
                expectedHours,
                publicMessage,
                phone,
                contactBudgetRaise);
    }
}
