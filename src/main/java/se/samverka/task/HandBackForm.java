package se.samverka.task;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why a volunteer hands a task back; the coordinator reads it. */
record HandBackForm(
        @NotBlank(message = "{task.handBack.reason.required}")
        @Size(max = 500, message = "{task.handBack.reason.tooLong}")
        String reason) {}
