package se.samverka.idea;

import java.util.UUID;

/**
 * Who may run a launched idea's effort, as the form offers it: {@code id} is {@value #ORGANISATION} and an
 * organisation's id, or {@value #DEPARTMENT} and a department's id.
 */
record OwnerOption(String id, String name) {

    static final String ORGANISATION = "org:";

    static final String DEPARTMENT = "dep:";

    static OwnerOption organisation(UUID id, String name) {
        return new OwnerOption(ORGANISATION + id, name);
    }

    static OwnerOption department(String id, String name) {
        return new OwnerOption(DEPARTMENT + id, name);
    }
}
