package se.samverka.organisation;

import java.util.UUID;

/** That an account may act for an organisation, and how. */
public record Membership(UUID organisationId, String organisationName, UUID accountId, MemberRole role) {

    public boolean isAdmin() {
        return role == MemberRole.ADMIN;
    }
}
