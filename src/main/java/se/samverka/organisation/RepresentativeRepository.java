package se.samverka.organisation;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.samverka.shared.EmailAddress;

/** The people who act for organisations ({@code organisation_member}): their roles and who is a contact. */
@Repository
class RepresentativeRepository {

    private final JdbcClient jdbc;

    RepresentativeRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Member> of(UUID organisationId) {
        return jdbc.sql("""
				SELECT account_id, name, email, role, is_contact FROM organisation_member
				WHERE organisation_id = ? ORDER BY role, name""")
                .param(organisationId)
                .query((rs, i) -> new Member(
                        rs.getObject(1, UUID.class),
                        rs.getString(2),
                        rs.getString(3),
                        MemberRole.valueOf(rs.getString(4)),
                        rs.getBoolean(5)))
                .list();
    }

    /** The organisations the account may act for, by name. */
    List<Membership> membershipsOf(UUID accountId) {
        return jdbc.sql("""
				SELECT m.organisation_id, o.name, m.account_id, m.role FROM organisation_member m
				JOIN organisation o ON o.id = m.organisation_id WHERE m.account_id = ? ORDER BY o.name""")
                .param(accountId)
                .query((rs, i) -> new Membership(
                        rs.getObject(1, UUID.class),
                        rs.getString(2),
                        rs.getObject(3, UUID.class),
                        MemberRole.valueOf(rs.getString(4))))
                .list();
    }

    List<String> adminEmails(UUID organisationId) {
        return jdbc.sql(
                        "SELECT DISTINCT email FROM organisation_member WHERE organisation_id = ? AND role = 'ADMIN' ORDER BY email")
                .param(organisationId)
                .query(String.class)
                .list();
    }

    void insert(
            UUID organisationId,
            UUID accountId,
            MemberRole role,
            String name,
            EmailAddress email,
            boolean contact,
            Instant addedAt) {
        jdbc.sql("""
				INSERT INTO organisation_member (organisation_id, account_id, role, name, email, is_contact, added_at)
				VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(organisationId, accountId, role.name(), name, email.value(), contact, Timestamp.from(addedAt))
                .update();
    }

    boolean exists(UUID organisationId, UUID accountId) {
        return jdbc.sql("SELECT COUNT(*) FROM organisation_member WHERE organisation_id = ? AND account_id = ?")
                        .params(organisationId, accountId)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    Optional<MemberRole> roleOf(UUID organisationId, UUID accountId) {
        return jdbc.sql("SELECT role FROM organisation_member WHERE organisation_id = ? AND account_id = ?")
                .params(organisationId, accountId)
                .query(String.class)
                .optional()
                .map(MemberRole::valueOf);
    }

    int admins(UUID organisationId) {
        return jdbc.sql("SELECT COUNT(*) FROM organisation_member WHERE organisation_id = ? AND role = 'ADMIN'")
                .param(organisationId)
                .query(Integer.class)
                .single();
    }

    void changeRole(UUID organisationId, UUID accountId, MemberRole role) {
        jdbc.sql("UPDATE organisation_member SET role = ? WHERE organisation_id = ? AND account_id = ?")
                .params(role.name(), organisationId, accountId)
                .update();
    }

    void setContact(UUID organisationId, UUID accountId, boolean contact) {
        jdbc.sql("UPDATE organisation_member SET is_contact = ? WHERE organisation_id = ? AND account_id = ?")
                .params(contact, organisationId, accountId)
                .update();
    }

    void remove(UUID organisationId, UUID accountId) {
        jdbc.sql("DELETE FROM organisation_member WHERE organisation_id = ? AND account_id = ?")
                .params(organisationId, accountId)
                .update();
    }

    /** The account's memberships as the person's data export shows them. */
    List<Map<String, Object>> exportOf(UUID accountId) {
        return jdbc.sql("""
				SELECT o.name AS organisation, m.role, m.name, m.email, m.phone, m.is_contact, m.added_at
				FROM organisation_member m JOIN organisation o ON o.id = m.organisation_id WHERE m.account_id = ?""").param(accountId).query().listOfRows();
    }

    int eraseAccount(UUID accountId) {
        return jdbc.sql("DELETE FROM organisation_member WHERE account_id = ?")
                .param(accountId)
                .update();
    }

    /** {@code email} in lower case, as the privacy module hands it over. */
    int eraseEmail(String email) {
        return jdbc.sql("DELETE FROM organisation_member WHERE LOWER(email) = ?")
                .param(email)
                .update();
    }
}
