package se.samverka.meeting;

import org.springframework.validation.Errors;

/** One decision of a meeting. */
record DecisionForm(String decision) {

    DecisionForm {
        decision = decision == null ? "" : decision;
    }

    void check(Errors errors) {
        if (decision.isBlank()) {
            errors.rejectValue("decision", "meeting.field.decision.required");
        } else if (decision.strip().length() > 2000) {
            errors.rejectValue("decision", "meeting.field.tooLong");
        }
    }
}
