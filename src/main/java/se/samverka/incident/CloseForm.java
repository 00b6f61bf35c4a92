package se.samverka.incident;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The outcome an incident is closed with. */
record CloseForm(
        @NotBlank(message = "{incident.close.outcome.required}")
        @Size(max = 2000, message = "{incident.close.outcome.tooLong}")
        String outcome) {}
