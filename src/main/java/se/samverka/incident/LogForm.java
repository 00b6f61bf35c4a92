package se.samverka.incident;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** An entry for the handling log. */
record LogForm(
        @NotBlank(message = "{incident.log.entry.required}") @Size(max = 2000, message = "{incident.log.entry.tooLong}")
        String entry) {}
