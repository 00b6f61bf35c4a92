package se.samverka.callout;

import java.util.List;
import org.springframework.stereotype.Component;
import se.samverka.shared.ProcessingActivities;
import se.samverka.shared.ProcessingActivity;
import se.samverka.shared.ProcessingActivity.LegalBasis;

/** The personal data this module stores, for the record of processing activities. */
@Component
class CalloutProcessing implements ProcessingActivities {

    @Override
    public List<ProcessingActivity> activities() {
        return List.of(new ProcessingActivity(
                "callout",
                "callout.processing.ledger.name",
                "callout.processing.ledger.purpose",
                LegalBasis.PUBLIC_TASK,
                "callout.processing.ledger.persons",
                "callout.processing.ledger.data",
                null,
                "callout.processing.ledger.recipients",
                "callout.processing.ledger.retention",
                "processing.security.standard"));
    }
}
