package se.samverka.matching;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why a volunteer hands a task back; the coordinator reads it. */
record HandBackForm(
        @NotBlank(message = "{matching.handBack.reason.required}")
        @Size(max = 500, message = "{matching.handBack.reason.tooLong}")
        String reason) {}
