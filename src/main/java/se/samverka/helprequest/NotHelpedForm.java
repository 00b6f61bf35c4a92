package se.samverka.helprequest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why nobody could help. Required: it is what the follow-up call and the statistics rest on. */
record NotHelpedForm(
        @NotBlank(message = "{helprequest.notHelpedReason.required}")
        @Size(max = 500, message = "{helprequest.reason.tooLong}")
        String notHelpedReason) {

    static NotHelpedForm empty() {
        return new NotHelpedForm("");
    }
}
