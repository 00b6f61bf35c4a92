package se.samverka.organisation;

import java.util.UUID;

/** An organisation applied to be listed; the applicant is told what happens next. */
public record OrganisationApplied(
        UUID organisationId, String name, String applicantName, String applicantEmail, String language) {}
