package se.samverka.eid;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.samverka.account.OidcRefusal;
import se.samverka.audit.AuditAction;
import se.samverka.audit.AuditLog;
import se.samverka.safeguarding.CheckKind;
import se.samverka.safeguarding.Safeguarding;
import se.samverka.shared.PersonRef;
import se.samverka.volunteer.Volunteers;

/**
 * A volunteer's identity verified by the e-ID broker: linked to the account as a keyed hash, and recorded as the
 * safeguarding "ID checked" (by the broker, today, method e-legitimation) in the same transaction. An identity
 * already linked to another account is refused and that account is left as it was.
 */
@Service
class EidVerification {

    /** The method, as the safeguarding record's note says it. */
    static final String METHOD = "e-legitimation";

    static final String PURPOSE = "safeguarding.eid";

    private final EidRepository identities;
    private final Volunteers volunteers;
    private final Safeguarding safeguarding;
    private final AuditLog audit;
    private final Clock clock;

    EidVerification(
            EidRepository identities, Volunteers volunteers, Safeguarding safeguarding, AuditLog audit, Clock clock) {
        this.identities = identities;
        this.volunteers = volunteers;
        this.safeguarding = safeguarding;
        this.audit = audit;
        this.clock = clock;
    }

    /** Links the identity to the volunteer's account and records the ID check; {@link OidcRefusal} when it may not. */
    @Transactional
    void verify(UUID accountId, String hash, String broker) {
        var holder = identities.accountOf(hash);
        if (holder.isPresent() && !holder.get().equals(accountId)) {
            throw new OidcRefusal("dublett");
        }
        var linked = identities.hashOf(accountId);
        if (linked.isPresent() && !linked.get().equals(hash)) {
            throw new OidcRefusal("annan");
        }
        var volunteer = volunteers.findByAccount(accountId).orElseThrow(() -> new OidcRefusal("ingen-volontar"));
        var now = clock.instant();
        if (linked.isEmpty()) {
            identities.insert(accountId, hash, now);
        } else {
            identities.verifiedAgain(accountId, now);
        }
        var today = LocalDate.now(clock);
        var alreadyChecked = safeguarding.checksOf(volunteer.id()).stream()
                .anyMatch(check ->
                        check.kind() == CheckKind.ID_CHECKED && METHOD.equals(check.note()) && check.validOn(today));
        if (!alreadyChecked) {
            safeguarding.record(volunteer.id(), CheckKind.ID_CHECKED, broker, today, METHOD);
        }
        audit.record(
                AuditAction.CHANGE,
                PersonRef.volunteer(volunteer.id()),
                PURPOSE,
                alreadyChecked ? "identity verified again by e-ID" : "identity verified by e-ID; ID check recorded");
    }

    /** The account linked to the identity: whom an e-ID sign-in signs in. */
    @Transactional(readOnly = true)
    Optional<UUID> accountOf(String hash) {
        return identities.accountOf(hash);
    }

    /** When the account's e-ID was last verified, if it is linked. */
    @Transactional(readOnly = true)
    Optional<Instant> verifiedAt(UUID accountId) {
        return identities.verifiedAt(accountId);
    }
}
