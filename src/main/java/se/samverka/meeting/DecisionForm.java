package se.samverka.meeting;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** One decision of a meeting, stripped so that its length is counted as it will be saved. */
record DecisionForm(
        @NotBlank(message = "{meeting.field.decision.required}") @Size(max = 2000, message = "{meeting.field.tooLong}")
        String decision) {

    DecisionForm {
        decision = decision == null ? "" : decision.strip();
    }
}
