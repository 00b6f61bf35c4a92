package se.samverka.idea;

import java.util.UUID;

/**
 * Someone involved in an idea: an organisation of the register ({@code organisationId}, its registered name is
 * used), or a person or body by {@code name}; {@code part} (optional) says what they do.
 */
record Party(UUID organisationId, String name, String part) {

    Party {
        if (organisationId == null && (name == null || name.isBlank())) {
            throw new IllegalArgumentException("A party needs an organisation or a name");
        }
    }
}
