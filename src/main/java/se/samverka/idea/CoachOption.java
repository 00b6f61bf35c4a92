package se.samverka.idea;

import java.util.UUID;

/** A coach, for the filters. */
record CoachOption(UUID id, String name) {}
