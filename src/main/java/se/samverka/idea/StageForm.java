package se.samverka.idea;

import java.util.List;
import org.springframework.validation.Errors;

/** Moving an idea to another stage; closing it needs the outcome. */
record StageForm(String stage, String outcome) {

    StageForm {
        stage = stage == null ? "" : stage;
        outcome = outcome == null ? "" : outcome;
    }

    void check(Errors errors, List<String> stages) {
        if (!stages.contains(stage)) {
            errors.rejectValue("stage", "idea.field.stage.required");
        } else if (IdeaProperties.CLOSED.equals(stage) && outcome.isBlank()) {
            errors.rejectValue("outcome", "idea.field.outcome.required");
        }
        if (outcome.strip().length() > 2000) {
            errors.rejectValue("outcome", "idea.field.outcome.tooLong");
        }
    }
}
