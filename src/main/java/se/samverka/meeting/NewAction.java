package se.samverka.meeting;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * A follow-up action as the module takes it: what is to be done (stripped), owned by exactly one of an organisation
 * and a department, and by when.
 */
record NewAction(String description, UUID organisationId, String departmentId, LocalDate dueOn) {

    NewAction {
        if (description == null || description.isBlank()) {
            throw new IllegalArgumentException("description is blank");
        }
        description = description.strip();
        if ((organisationId == null) == (departmentId == null)) {
            throw new IllegalArgumentException("an action has exactly one owner");
        }
        Objects.requireNonNull(dueOn, "dueOn");
    }
}
