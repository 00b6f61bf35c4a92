package se.samverka.idea;

import java.util.UUID;

/** Someone submitted an idea; they get a receipt. */
public record IdeaSubmitted(UUID ideaId, String title, String submitterName, String submitterEmail, String language) {}
