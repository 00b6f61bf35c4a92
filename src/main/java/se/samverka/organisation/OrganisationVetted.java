package se.samverka.organisation;

import java.util.List;
import java.util.UUID;

/** Staff approved or rejected an application (a rejection has its reason); the admins are told. */
public record OrganisationVetted(
        UUID organisationId,
        String name,
        OrganisationStatus decision,
        String reason,
        List<String> adminEmails,
        String language) {}
