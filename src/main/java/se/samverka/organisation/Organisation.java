package se.samverka.organisation;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * An organisation as other modules and pages see it. {@code orgNumber} is null for informal networks; {@code language}
 * ("sv" or "en") is the language Samverka writes to it in.
 */
public record Organisation(
        UUID id,
        String name,
        OrgNumber orgNumber,
        OrganisationForm form,
        String purpose,
        String website,
        String email,
        String phone,
        OrganisationStatus status,
        String decisionReason,
        Instant appliedAt,
        Instant confirmedAt,
        Set<String> districtIds,
        Set<ActivityKind> activities,
        String language) {

    /**
     * The website as a link target: only an http or https address. Anything else stored (a javascript: address
     * that never went through the form) is shown as text, never linked.
     */
    public String websiteLink() {
        if (website == null) {
            return null;
        }
        var lower = website.strip().toLowerCase(java.util.Locale.ROOT);
        return lower.startsWith("https://") || lower.startsWith("http://") ? website.strip() : null;
    }

    public boolean isApproved() {
        return status == OrganisationStatus.APPROVED;
    }
}
