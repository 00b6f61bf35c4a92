package se.samverka.idea;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A coaching session and the next steps agreed in it. */
record SessionLine(UUID id, LocalDate heldOn, String notes, String coachName, List<StepLine> steps) {

    /** An agreed next step: what, who does it and by when. */
    record StepLine(String description, String owner, LocalDate dueOn, boolean reminded) {}
}
