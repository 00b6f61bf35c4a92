package se.samverka.incident;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/** Why a volunteer is suspended (for the coordinators only), and the incident it came from, if any. */
record SuspendForm(
        @NotBlank(message = "{incident.suspension.reason.required}")
        @Size(max = 1000, message = "{incident.suspension.reason.tooLong}")
        String reason,

        UUID incidentId) {}
