package se.samverka.idea;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** An idea in a list, on the board or in the inbox. */
record IdeaLine(UUID id, String title, String stage, String coachName, LocalDate submittedOn, List<HelpWanted> help) {}
