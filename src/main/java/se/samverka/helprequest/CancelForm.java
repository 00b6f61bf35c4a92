package se.samverka.helprequest;

import jakarta.validation.constraints.Size;

/** Why a coordinator cancels; for a weekly request also whether the whole series ends. */
record CancelForm(
        @Size(max = 500, message = "{helprequest.reason.tooLong}")
        String cancelReason,

        Boolean endSeries) {

    /** The box is only there for weekly requests, and an unticked box sends nothing. */
    boolean endsSeries() {
        return Boolean.TRUE.equals(endSeries);
    }

    static CancelForm empty() {
        return new CancelForm("", false);
    }
}
