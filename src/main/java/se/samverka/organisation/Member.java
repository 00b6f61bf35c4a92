package se.samverka.organisation;

import java.util.UUID;

/** A representative as the organisation's member page shows them. */
record Member(UUID accountId, String name, String email, MemberRole role, boolean contact) {

    public boolean isAdmin() {
        return role == MemberRole.ADMIN;
    }
}
