package se.samverka.idea;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * What a launched idea's effort needs beyond the idea: who runs it, an organisation of the register or a
 * department (exactly one), and its period.
 */
record EffortPlan(UUID organisationId, String departmentId, LocalDate start, LocalDate end) {

    EffortPlan {
        if ((organisationId == null) == (departmentId == null)) {
            throw new IllegalArgumentException("An effort is run by an organisation or a department");
        }
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("The period ends before it starts");
        }
    }
}
