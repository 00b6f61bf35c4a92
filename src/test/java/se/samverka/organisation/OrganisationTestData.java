package se.samverka.organisation;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.samverka.account.AccountManagement;
import se.samverka.account.Role;
import se.samverka.account.SamverkaUser;
import se.samverka.shared.EmailAddress;

/**
 * The organisation module's test-data builder: the one place other modules' tests make organisations, their
 * members and departments, so that only this module's code writes to its tables (ADR 0004). Written straight
 * to the tables where the application's way (apply, vet, approve) would cost a test nothing but time.
 */
public final class OrganisationTestData {

    private OrganisationTestData() {}

    /** A department of its own (sorted after the real ones), with a name made unique by its id. */
    public static String department(JdbcClient jdbc, String name) {
        var id = "t-" + UUID.randomUUID().toString().substring(0, 8);
        jdbc.sql("INSERT INTO department (id, name, sort_order, active) VALUES (?, ?, 900, TRUE)")
                .params(id, name + " " + id)
                .update();
        return id;
    }

    /** An organisation with the status (APPROVED, PENDING, REJECTED …), its name made unique by its id. */
    public static UUID organisation(JdbcClient jdbc, String name, OrganisationStatus status, String email) {
        var id = UUID.randomUUID();
        var now = Timestamp.from(Instant.now());
        jdbc.sql("""
				INSERT INTO organisation (id, name, form, purpose, email, status, decision_reason, applied_at, confirmed_at)
				VALUES (?, ?, 'IDEELL_FORENING', 'Hjälper grannar', ?, ?, ?, ?, ?)""")
                .params(
                        id,
                        name + " " + id.toString().substring(0, 8),
                        email == null ? "info-" + id + "@example.se" : email,
                        status.name(),
                        status == OrganisationStatus.REJECTED ? "nej" : null,
                        now,
                        now)
                .update();
        return id;
    }

    public static UUID approvedOrganisation(JdbcClient jdbc, String name) {
        return organisation(jdbc, name, OrganisationStatus.APPROVED, null);
    }

    /** The organisation works in the district. */
    public static void worksIn(JdbcClient jdbc, UUID organisationId, String districtId) {
        jdbc.sql("INSERT INTO organisation_district (organisation_id, district_id) VALUES (?, ?)")
                .params(organisationId, districtId)
                .update();
    }

    /** A representative account (new, Swedish) that is a coordinator of the organisation. */
    public static SamverkaUser coordinator(
            JdbcClient jdbc, AccountManagement accounts, UUID organisationId, String name, String email) {
        var accountId = accounts.representativeAccount(EmailAddress.of(email), name, Locale.forLanguageTag("sv"));
        jdbc.sql("""
				INSERT INTO organisation_member (organisation_id, account_id, role, name, email, added_at)
				VALUES (?, ?, 'COORDINATOR', ?, ?, ?)""")
                .params(organisationId, accountId, name, email, Timestamp.from(Instant.now()))
                .update();
        return new SamverkaUser(accountId, email, null, Role.REPRESENTATIVE, name, true);
    }
}
