package se.samverka.idea;

import java.time.LocalDate;

/** A next step agreed in a coaching session: what, who does it and by when. */
record NextStep(String description, String owner, LocalDate dueOn) {}
