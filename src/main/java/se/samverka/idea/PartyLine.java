package se.samverka.idea;

import java.util.UUID;

/** A person or organisation involved in an idea; {@code organisationId} links an approved organisation. */
record PartyLine(String name, String part, UUID organisationId) {}
