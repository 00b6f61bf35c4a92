package se.samverka.collaboration;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Each agreement as registered, with its follow-up dates and document links. */
@Repository
class AgreementRepository {

    private final JdbcClient jdbc;

    AgreementRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(UUID id, Agreements.Registration r, String createdBy, Instant now) {
        var at = Timestamp.from(now);
        jdbc.sql("""
				INSERT INTO agreement (id, department_id, organisation_id, type, title, description, starts_on, ends_on,
				  amount_sek, municipal_contact_name, municipal_contact_email, organisation_contact_name,
				  organisation_contact_email, status, created_by, created_at, updated_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        id,
                        r.departmentId(),
                        r.organisationId(),
                        r.type().name(),
                        r.title(),
                        r.description(),
                        r.startsOn(),
                        r.endsOn(),
                        r.amount(),
                        r.municipalContactName(),
                        r.municipalContactEmail(),
                        r.organisationContactName(),
                        r.organisationContactEmail(),
                        r.status().name(),
                        createdBy,
                        at,
                        at)
                .update();
    }

    /** False when there is no such agreement. */
    boolean update(UUID id, Agreements.Registration r, Instant now) {
        return jdbc.sql("""
				UPDATE agreement SET department_id = ?, organisation_id = ?, type = ?, title = ?, description = ?,
				  starts_on = ?, ends_on = ?, amount_sek = ?, municipal_contact_name = ?, municipal_contact_email = ?,
				  organisation_contact_name = ?, organisation_contact_email = ?, status = ?, updated_at = ?
				WHERE id = ?""")
                        .params(
                                r.departmentId(),
                                r.organisationId(),
                                r.type().name(),
                                r.title(),
                                r.description(),
                                r.startsOn(),
                                r.endsOn(),
                                r.amount(),
                                r.municipalContactName(),
                                r.municipalContactEmail(),
                                r.organisationContactName(),
                                r.organisationContactEmail(),
                                r.status().name(),
                                Timestamp.from(now),
                                id)
                        .update()
                > 0;
    }

    Optional<String> departmentOf(UUID id) {
        return jdbc.sql("SELECT department_id FROM agreement WHERE id = ?")
                .param(id)
                .query(String.class)
                .optional();
    }

    /** The agreement without department and organisation names, which their module knows. */
    Optional<Agreement> find(UUID id) {
        var followUps = jdbc.sql(
                        "SELECT id, due_on, note, done FROM agreement_follow_up WHERE agreement_id = ? ORDER BY due_on, id")
                .param(id)
                .query((rs, n) -> new FollowUp(
                        rs.getObject(1, UUID.class),
                        rs.getObject(2, LocalDate.class),
                        rs.getString(3),
                        rs.getBoolean(4)))
                .list();
        var documents = jdbc.sql(
                        "SELECT id, title, url FROM agreement_document WHERE agreement_id = ? ORDER BY added_at, title")
                .param(id)
                .query((rs, n) -> new DocumentLink(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3)))
                .list();
        return jdbc.sql("""
				SELECT id, department_id, organisation_id, type, title, description, starts_on, ends_on, amount_sek,
				  municipal_contact_name, municipal_contact_email, organisation_contact_name, organisation_contact_email,
				  status
				FROM agreement WHERE id = ?""")
                .param(id)
                .query((rs, n) -> new Agreement(
                        rs.getObject(1, UUID.class),
                        rs.getString(2),
                        null,
                        rs.getObject(3, UUID.class),
                        null,
                        AgreementType.valueOf(rs.getString(4)),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getObject(7, LocalDate.class),
                        rs.getObject(8, LocalDate.class),
                        rs.getBigDecimal(9),
                        rs.getString(10),
                        rs.getString(11),
                        rs.getString(12),
                        rs.getString(13),
                        AgreementStatus.valueOf(rs.getString(14)),
                        followUps,
                        documents))
                .optional();
    }

    void insertFollowUp(UUID id, UUID agreementId, LocalDate dueOn, String note) {
        jdbc.sql("INSERT INTO agreement_follow_up (id, agreement_id, due_on, note, done) VALUES (?, ?, ?, ?, FALSE)")
                .params(id, agreementId, dueOn, note)
                .update();
    }

    /** False when the agreement has no such follow-up. */
    boolean markFollowUp(UUID agreementId, UUID followUpId, boolean done) {
        return jdbc.sql("UPDATE agreement_follow_up SET done = ? WHERE id = ? AND agreement_id = ?")
                        .params(done, followUpId, agreementId)
                        .update()
                == 1;
    }

    void insertDocument(UUID id, UUID agreementId, String title, String url, Instant now) {
        jdbc.sql("INSERT INTO agreement_document (id, agreement_id, title, url, added_at) VALUES (?, ?, ?, ?, ?)")
                .params(id, agreementId, title, url, Timestamp.from(now))
                .update();
    }

    /** False when the agreement has no such document. */
    boolean removeDocument(UUID agreementId, UUID documentId) {
        return jdbc.sql("DELETE FROM agreement_document WHERE id = ? AND agreement_id = ?")
                        .params(documentId, agreementId)
                        .update()
                == 1;
    }
}
