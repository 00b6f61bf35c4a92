package se.samverka.account;

import java.util.List;
import org.springframework.stereotype.Component;
import se.samverka.shared.ProcessingActivities;
import se.samverka.shared.ProcessingActivity;
import se.samverka.shared.ProcessingActivity.LegalBasis;

/** The personal data this module stores, for the record of processing activities. */
@Component
class AccountProcessing implements ProcessingActivities {

    @Override
    public List<ProcessingActivity> activities() {
        return List.of(new ProcessingActivity(
                "account",
                "account.processing.accounts.name",
                "account.processing.accounts.purpose",
                LegalBasis.PUBLIC_TASK,
                "account.processing.accounts.persons",
                "account.processing.accounts.data",
                null,
                "account.processing.accounts.recipients",
                "account.processing.accounts.retention",
                "processing.security.standard"));
    }
}
