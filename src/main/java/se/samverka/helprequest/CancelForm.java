package se.samverka.helprequest;

import jakarta.validation.constraints.Size;

/** Why a coordinator cancels; for a weekly request also whether the whole series ends. */
record CancelForm(@Size(max = 500, message = "{helprequest.reason.tooLong}") String cancelReason, boolean endSeries) {

	static CancelForm empty() {
		return new CancelForm("", false);
	}
}
