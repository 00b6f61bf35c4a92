package se.samverka.organisation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

/** One row of {@code organisation} as read by {@link OrganisationRepository#COLUMNS}, before its lists are added. */
record OrganisationRow(
        UUID id,
        String name,
        String orgNumber,
        String form,
        String purpose,
        String website,
        String email,
        String phone,
        String status,
        String decisionReason,
        Instant appliedAt,
        Instant confirmedAt,
        String language) {

    static OrganisationRow of(ResultSet rs) throws SQLException {
        return new OrganisationRow(
                rs.getObject("id", UUID.class),
                rs.getString("name"),
                rs.getString("org_number"),
                rs.getString("form"),
                rs.getString("purpose"),
                rs.getString("website"),
                rs.getString("email"),
                rs.getString("phone"),
                rs.getString("status"),
                rs.getString("decision_reason"),
                rs.getTimestamp("applied_at").toInstant(),
                rs.getTimestamp("confirmed_at").toInstant(),
                rs.getString("language"));
    }

    Organisation toOrganisation(Set<String> districtIds, Set<ActivityKind> activities) {
        return new Organisation(
                id,
                name,
                orgNumber == null ? null : new OrgNumber(orgNumber),
                OrganisationForm.valueOf(form),
                purpose,
                website,
                email,
                phone,
                OrganisationStatus.valueOf(status),
                decisionReason,
                appliedAt,
                confirmedAt,
                Set.copyOf(districtIds),
                activities.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(activities)),
                language);
    }
}
