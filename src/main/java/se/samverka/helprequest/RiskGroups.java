package se.samverka.helprequest;

import java.util.Optional;
import java.util.UUID;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.samverka.audit.AuditAction;
import se.samverka.audit.AuditLog;
import se.samverka.consent.ConsentPurpose;
import se.samverka.consent.ConsentWithdrawn;
import se.samverka.consent.Consents;
import se.samverka.shared.PersonRef;
import se.samverka.shared.PrivacyNotice;

/**
 * The risk-group answer (health data, GDPR art. 9): stored encrypted, only with a consent for
 * {@link ConsentPurpose#RISK_GROUP_DATA} on record, read one request at a time with an audit entry, erased when the
 * consent is withdrawn. Lists never read it.
 */
@Service
class RiskGroups {

    static final String VIEW_PURPOSE = "help-request.risk-group";

    static final String FIELD = "risk_group";

    private final HelpRequestRepository repository;
    private final RiskGroupCipher cipher;
    private final Consents consents;
    private final AuditLog audit;

    RiskGroups(HelpRequestRepository repository, RiskGroupCipher cipher, Consents consents, AuditLog audit) {
        this.repository = repository;
        this.cipher = cipher;
        this.consents = consents;
        this.audit = audit;
    }

    /**
     * Records the consent and stores the answer, inside the caller's transaction. Refuses an answer without consent:
     * without a recorded basis the answer is not stored at all.
     */
    void store(UUID requestId, Boolean riskGroup, boolean consentGiven, String recordedBy) {
        if (riskGroup == null) {
            return;
        }
        if (!consentGiven) {
            throw new RiskDataWithoutConsent();
        }
        consents.give(
                PersonRef.resident(requestId),
                ConsentPurpose.RISK_GROUP_DATA,
                PrivacyNotice.CURRENT_VERSION,
                recordedBy);
        repository.storeRiskGroup(requestId, cipher.encrypt(requestId, riskGroup));
    }

    /**
     * A staff member views the answer: decrypts it and writes an audit entry. Empty when nobody answered (or the
     * answer was erased), and then nothing was read.
     */
    @Transactional(readOnly = true)
    public Optional<Boolean> view(UUID requestId) {
        var ciphertext = repository.riskGroupCiphertext(requestId);
        if (ciphertext.isEmpty()) {
            return Optional.empty();
        }
        var value = cipher.decrypt(requestId, ciphertext.get());
        audit.record(AuditAction.VIEW, PersonRef.resident(requestId), VIEW_PURPOSE, FIELD);
        return Optional.of(value);
    }

    /**
     * The next occurrence of a weekly request keeps the answer only while the resident's consent holds; the consent
     * is recorded for the new request too, since a resident is named by the request. Samverka itself copies the
     * value, so no person viewed it.
     */
    void carryOver(UUID fromRequest, UUID toRequest, String actor) {
        var ciphertext = repository.riskGroupCiphertext(fromRequest);
        if (ciphertext.isEmpty() || !consents.holds(PersonRef.resident(fromRequest), ConsentPurpose.RISK_GROUP_DATA)) {
            return;
        }
        store(toRequest, cipher.decrypt(fromRequest, ciphertext.get()), true, actor);
    }

    /** Re-encrypts up to {@code size} values written with an older key; returns how many it changed. */
    @Transactional
    public int reencryptBatch(int size) {
        int changed = 0;
        for (var row : repository.riskGroupsNotUnder(cipher.activeKeyId(), size)) {
            var value = cipher.decrypt(row.id(), row.ciphertext());
            if (repository.replaceRiskGroup(row.id(), row.ciphertext(), cipher.encrypt(row.id(), value))) {
                changed++;
            }
        }
        return changed;
    }

    /** A withdrawn consent erases the stored answer; the audit log says so, without the value. */
    @ApplicationModuleListener
    void on(ConsentWithdrawn withdrawn) {
        if (withdrawn.purpose() != ConsentPurpose.RISK_GROUP_DATA
                || withdrawn.person().kind() != PersonRef.Kind.RESIDENT) {
            return;
        }
        var requestId = withdrawn.person().id();
        if (repository.riskGroupCiphertext(requestId).isPresent()) {
            repository.storeRiskGroup(requestId, null);
            audit.record(AuditAction.ERASE, withdrawn.person(), "consent.withdrawn", FIELD);
        }
    }
}
