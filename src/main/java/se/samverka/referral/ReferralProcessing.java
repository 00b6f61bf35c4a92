package se.samverka.referral;

import java.util.List;
import org.springframework.stereotype.Component;
import se.samverka.shared.ProcessingActivities;
import se.samverka.shared.ProcessingActivity;
import se.samverka.shared.ProcessingActivity.LegalBasis;

/** The personal data this module stores, for the record of processing activities. */
@Component
class ReferralProcessing implements ProcessingActivities {

    @Override
    public List<ProcessingActivity> activities() {
        return List.of(new ProcessingActivity(
                "referral",
                "referral.processing.referrals.name",
                "referral.processing.referrals.purpose",
                LegalBasis.CONSENT,
                "referral.processing.referrals.persons",
                "referral.processing.referrals.data",
                null,
                "referral.processing.referrals.recipients",
                "referral.processing.referrals.retention",
                "processing.security.standard"));
    }
}
