package se.samverka.idea;

import java.time.LocalDate;
import java.util.UUID;

/** A next step agreed in a coaching session is due; the idea's coach is reminded, once per step. */
public record NextStepDue(
        UUID stepId,
        UUID ideaId,
        String ideaTitle,
        String step,
        String owner,
        LocalDate dueOn,
        String coachName,
        String coachEmail) {}
