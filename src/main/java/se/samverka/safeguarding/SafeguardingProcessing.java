package se.samverka.safeguarding;

import java.util.List;
import org.springframework.stereotype.Component;
import se.samverka.shared.ProcessingActivities;
import se.samverka.shared.ProcessingActivity;
import se.samverka.shared.ProcessingActivity.LegalBasis;

/** The personal data this module stores, for the record of processing activities. */
@Component
class SafeguardingProcessing implements ProcessingActivities {

    @Override
    public List<ProcessingActivity> activities() {
        return List.of(new ProcessingActivity(
                "safeguarding",
                "safeguarding.processing.checks.name",
                "safeguarding.processing.checks.purpose",
                LegalBasis.LEGITIMATE_INTEREST,
                "safeguarding.processing.checks.persons",
                "safeguarding.processing.checks.data",
                null,
                "safeguarding.processing.checks.recipients",
                "safeguarding.processing.checks.retention",
                "processing.security.standard"));
    }
}
