package se.samverka.incident;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * A report of a problem. The request, volunteer and feedback it concerns come from the page it was opened from
 * (hidden fields, checked again on saving); a volunteer may pick one of their own tasks.
 */
record IncidentForm(
        @NotBlank(message = "{incident.form.kind.required}")
        @Pattern(regexp = "NO_SHOW|SUSPECTED_FRAUD|ACCIDENT|COMPLAINT|OTHER", message = "{incident.form.kind.required}")
        String kind,

        @NotBlank(message = "{incident.form.description.required}")
        @Size(max = 4000, message = "{incident.form.description.tooLong}")
        String description,

        @NotNull(message = "{incident.form.occurredOn.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate occurredOn,

        UUID requestId,
        UUID volunteerId,
        UUID feedbackId,
        UUID assignmentId,
        Boolean onBehalfOfResident) {

    static IncidentForm empty(LocalDate today) {
        return new IncidentForm(null, null, today, null, null, null, null, false);
    }

    /** A missing checkbox is false. */
    boolean onBehalf() {
        return Boolean.TRUE.equals(onBehalfOfResident);
    }

    /** The message key of what is wrong with the date, or null. */
    String dateProblem(LocalDate today) {
        if (occurredOn.isAfter(today)) {
            return "incident.form.occurredOn.future";
        }
        if (occurredOn.isBefore(today.minusYears(2))) {
            return "incident.form.occurredOn.tooOld";
        }
        return null;
    }
}
