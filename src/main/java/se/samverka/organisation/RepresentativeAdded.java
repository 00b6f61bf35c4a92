package se.samverka.organisation;

import java.util.UUID;

/** An admin added a representative to their organisation; the new member is welcomed. */
public record RepresentativeAdded(
        UUID organisationId, String organisationName, UUID accountId, String name, String email, String language) {}
