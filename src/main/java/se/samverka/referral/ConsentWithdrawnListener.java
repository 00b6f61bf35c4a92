package se.samverka.referral;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import se.samverka.consent.ConsentPurpose;
import se.samverka.consent.ConsentWithdrawn;
import se.samverka.shared.PersonRef;

/**
 * Without the resident's consent to share, no association is asked any longer. Runs in the withdrawing transaction,
 * so the offers are withdrawn by the time the coordinator sees the page again.
 */
@Component
class ConsentWithdrawnListener {

    private final Referrals referrals;

    ConsentWithdrawnListener(Referrals referrals) {
        this.referrals = referrals;
    }

    @EventListener
    void on(ConsentWithdrawn event) {
        if (event.purpose() == ConsentPurpose.SHARE_WITH_ASSOCIATION
                && event.person().kind() == PersonRef.Kind.RESIDENT) {
            referrals.consentWithdrawn(event.person().id());
        }
    }
}
