package se.samverka.referral;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import se.samverka.helprequest.HelpRequestClosed;

/** A request closed by the municipality is no longer offered to anyone. Idempotent: only open offers change. */
@Component
class ReferralRequestClosedListener {

    private final Referrals referrals;

    ReferralRequestClosedListener(Referrals referrals) {
        this.referrals = referrals;
    }

    @ApplicationModuleListener
    void on(HelpRequestClosed event) {
        referrals.withdrawOpen(event.requestId());
    }
}
