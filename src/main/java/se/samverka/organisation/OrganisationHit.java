package se.samverka.organisation;

import java.util.UUID;

/** An organisation found by the staff search. */
public record OrganisationHit(UUID id, String name, String orgNumber, OrganisationStatus status) {}
