package se.samverka.collaboration;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.samverka.organisation.Departments;
import se.samverka.organisation.Organisations;
import se.samverka.shared.MunicipalTime;
import se.samverka.shared.NotFoundException;

/** The register of agreements and partnerships between a department and an organisation. */
@Service
@Transactional(readOnly = true)
public class Agreements {

    static final ZoneId STOCKHOLM = MunicipalTime.ZONE;

    private final JdbcClient jdbc;
    private final Departments departments;
    private final Organisations organisations;
    private final Clock clock;

    Agreements(JdbcClient jdbc, Departments departments, Organisations organisations, Clock clock) {
        this.jdbc = jdbc;
        this.departments = departments;
        this.organisations = organisations;
        this.clock = clock;
    }

    /** What a new agreement says; the caller has checked it. */
    public record Registration(
            String departmentId,
            UUID organisationId,
            AgreementType type,
            String title,
            String description,
            LocalDate startsOn,
            LocalDate endsOn,
            BigDecimal amount,
            String municipalContactName,
            String municipalContactEmail,
            String organisationContactName,
            String organisationContactEmail,
            AgreementStatus status) {}

    public LocalDate today() {
        return LocalDate.now(clock.withZone(STOCKHOLM));
    }

    @Transactional
    public UUID register(Registration r, String createdBy) {
        var id = UUID.randomUUID();
        var now = Timestamp.from(clock.instant());
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
                        r.title().strip(),
                        r.description().strip(),
                        r.startsOn(),
                        r.endsOn(),
                        r.amount(),
                        r.municipalContactName().strip(),
                        r.municipalContactEmail().strip(),
                        r.organisationContactName().strip(),
                        r.organisationContactEmail().strip(),
                        r.status().name(),
                        createdBy,
                        now,
                        now)
                .update();
        return id;
    }

    @Transactional
    void update(UUID id, Registration r) {
        var changed = jdbc.sql("""
				UPDATE agreement SET department_id = ?, organisation_id = ?, type = ?, title = ?, description = ?,
				  starts_on = ?, ends_on = ?, amount_sek = ?, municipal_contact_name = ?, municipal_contact_email = ?,
				  organisation_contact_name = ?, organisation_contact_email = ?, status = ?, updated_at = ?
				WHERE id = ?""")
                .params(
                        r.departmentId(),
                        r.organisationId(),
                        r.type().name(),
                        r.title().strip(),
                        r.description().strip(),
                        r.startsOn(),
                        r.endsOn(),
                        r.amount(),
                        r.municipalContactName().strip(),
                        r.municipalContactEmail().strip(),
                        r.organisationContactName().strip(),
                        r.organisationContactEmail().strip(),
                        r.status().name(),
                        Timestamp.from(clock.instant()),
                        id)
                .update();
        if (changed == 0) {
            throw new NotFoundException("Agreement");
        }
    }

    /** The department the agreement belongs to, or 404. */
    String departmentOf(UUID id) {
        return jdbc.sql("SELECT department_id FROM agreement WHERE id = ?")
                .param(id)
                .query(String.class)
                .optional()
                .orElseThrow(() -> new NotFoundException("Agreement"));
    }

    public Optional<Agreement> find(UUID id) {
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
                .query((rs, n) -> {
                    var departmentId = rs.getString(2);
                    var organisationId = rs.getObject(3, UUID.class);
                    return new Agreement(
                            rs.getObject(1, UUID.class),
                            departmentId,
                            departmentName(departmentId),
                            organisationId,
                            organisationName(organisationId),
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
                            documents);
                })
                .optional();
    }

    @Transactional
    public UUID addFollowUp(UUID agreementId, LocalDate dueOn, String note) {
        departmentOf(agreementId);
        var id = UUID.randomUUID();
        jdbc.sql("INSERT INTO agreement_follow_up (id, agreement_id, due_on, note, done) VALUES (?, ?, ?, ?, FALSE)")
                .params(id, agreementId, dueOn, note == null ? "" : note.strip())
                .update();
        return id;
    }

    /** Marks a follow-up done or open again; false when the agreement has no such follow-up. */
    @Transactional
    boolean markFollowUp(UUID agreementId, UUID followUpId, boolean done) {
        return jdbc.sql("UPDATE agreement_follow_up SET done = ? WHERE id = ? AND agreement_id = ?")
                        .params(done, followUpId, agreementId)
                        .update()
                == 1;
    }

    /** Adds a link; the address must be http or https (the form and the database check it). */
    @Transactional
    public UUID addDocument(UUID agreementId, String title, String url) {
        departmentOf(agreementId);
        var link = DocumentForm.link(url);
        if (link == null) {
            throw new IllegalArgumentException("Only http and https links");
        }
        var id = UUID.randomUUID();
        jdbc.sql("INSERT INTO agreement_document (id, agreement_id, title, url, added_at) VALUES (?, ?, ?, ?, ?)")
                .params(id, agreementId, title.strip(), link, Timestamp.from(clock.instant()))
                .update();
        return id;
    }

    @Transactional
    boolean removeDocument(UUID agreementId, UUID documentId) {
        return jdbc.sql("DELETE FROM agreement_document WHERE id = ? AND agreement_id = ?")
                        .params(documentId, agreementId)
                        .update()
                == 1;
    }

    private String departmentName(String id) {
        return departments.find(id).map(d -> d.name()).orElse(id);
    }

    private String organisationName(UUID id) {
        return organisations.find(id).map(o -> o.name()).orElse("");
    }
}
