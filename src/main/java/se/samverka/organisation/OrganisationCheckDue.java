package se.samverka.organisation;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An approved organisation last confirmed its page more than a year ago; its admins are asked to check it. */
public record OrganisationCheckDue(
        UUID organisationId, String name, List<String> adminEmails, String language, Instant confirmedAt) {}
