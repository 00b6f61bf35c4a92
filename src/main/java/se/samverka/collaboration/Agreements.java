package se.samverka.collaboration;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.samverka.shared.MunicipalTime;
import se.samverka.shared.NotFoundException;

/**
 * The register of agreements and partnerships between a department and an organisation: registering and changing
 * them, their follow-up dates and document links. Reading: {@link AgreementQueries}.
 */
@Service
public class Agreements {

    static final ZoneId STOCKHOLM = MunicipalTime.ZONE;

    private final AgreementRepository agreements;
    private final Clock clock;

    Agreements(AgreementRepository agreements, Clock clock) {
        this.agreements = agreements;
        this.clock = clock;
    }

    /**
     * What a new agreement says; the caller has checked it. The database refuses what breaks its rules (an end
     * before the start, no end unless informal, a negative amount).
     */
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
            AgreementStatus status) {

        /** The same registration with the text as it is kept: without surrounding spaces. */
        Registration stripped() {
            return new Registration(
                    departmentId,
                    organisationId,
                    type,
                    title.strip(),
                    description.strip(),
                    startsOn,
                    endsOn,
                    amount,
                    municipalContactName.strip(),
                    municipalContactEmail.strip(),
                    organisationContactName.strip(),
                    organisationContactEmail.strip(),
                    status);
        }
    }

    /** Today in the municipality. */
    LocalDate today() {
        return today(clock);
    }

    static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(STOCKHOLM));
    }

    @Transactional
    public UUID register(Registration r, String createdBy) {
        var id = UUID.randomUUID();
        agreements.insert(id, r.stripped(), createdBy, clock.instant());
        return id;
    }

    @Transactional
    void update(UUID id, Registration r) {
        if (!agreements.update(id, r.stripped(), clock.instant())) {
            throw new NotFoundException("Agreement");
        }
    }

    @Transactional
    public UUID addFollowUp(UUID agreementId, LocalDate dueOn, String note) {
        requireAgreement(agreementId);
        var id = UUID.randomUUID();
        agreements.insertFollowUp(id, agreementId, dueOn, note == null ? "" : note.strip());
        return id;
    }

    /** Marks a follow-up done or open again; false when the agreement has no such follow-up. */
    @Transactional
    boolean markFollowUp(UUID agreementId, UUID followUpId, boolean done) {
        return agreements.markFollowUp(agreementId, followUpId, done);
    }

    /** Adds a link; only an http or https address ({@link DocumentUrl}; the database checks it too). */
    @Transactional
    public UUID addDocument(UUID agreementId, String title, String url) {
        requireAgreement(agreementId);
        return insertDocument(agreementId, title, DocumentUrl.of(url));
    }

    @Transactional
    UUID addDocument(UUID agreementId, String title, DocumentUrl url) {
        requireAgreement(agreementId);
        return insertDocument(agreementId, title, url);
    }

    private UUID insertDocument(UUID agreementId, String title, DocumentUrl url) {
        var id = UUID.randomUUID();
        agreements.insertDocument(id, agreementId, title.strip(), url.value(), clock.instant());
        return id;
    }

    @Transactional
    boolean removeDocument(UUID agreementId, UUID documentId) {
        return agreements.removeDocument(agreementId, documentId);
    }

    private void requireAgreement(UUID id) {
        if (agreements.departmentOf(id).isEmpty()) {
            throw new NotFoundException("Agreement");
        }
    }
}
