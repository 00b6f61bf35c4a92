package se.samverka.referral;

import jakarta.validation.constraints.Size;

/** Why the organisation declines; optional. */
record DeclineForm(
        @Size(max = 500, message = "{referral.decline.tooLong}")
        String declineReason) {

    static DeclineForm empty() {
        return new DeclineForm("");
    }
}
