package se.samverka.organisation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why staff do not approve an application; the applicant reads it. */
record RejectForm(
        @NotBlank(message = "{organisation.vetting.reason.required}")
        @Size(max = 1000, message = "{organisation.vetting.reason.tooLong}")
        String reason) {}
