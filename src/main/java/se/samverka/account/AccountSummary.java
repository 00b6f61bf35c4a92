package se.samverka.account;

import java.util.UUID;

/** What other modules may know of an account: its id, login name, display name and language ("sv" or "en"). */
public record AccountSummary(UUID id, String username, String displayName, String locale) {}
