package se.samverka.organisation;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/** An organisation as other modules and pages see it. {@code orgNumber} is null for informal networks. */
public record Organisation(UUID id, String name, OrgNumber orgNumber, OrganisationForm form, String purpose,
		String website, String email, String phone, OrganisationStatus status, String decisionReason,
		Instant appliedAt, Instant confirmedAt, Set<String> districtIds, Set<ActivityKind> activities) {

	public boolean isApproved() {
		return status == OrganisationStatus.APPROVED;
	}
}
