package se.samverka.effort;

import java.util.List;
import org.springframework.stereotype.Component;
import se.samverka.shared.ProcessingActivities;
import se.samverka.shared.ProcessingActivity;
import se.samverka.shared.ProcessingActivity.LegalBasis;

/** The personal data this module stores, for the record of processing activities. */
@Component
class EffortProcessing implements ProcessingActivities {

    @Override
    public List<ProcessingActivity> activities() {
        return List.of(new ProcessingActivity(
                "effort",
                "effort.processing.signups.name",
                "effort.processing.signups.purpose",
                LegalBasis.CONSENT,
                "effort.processing.signups.persons",
                "effort.processing.signups.data",
                null,
                "effort.processing.signups.recipients",
                "effort.processing.signups.retention",
                "processing.security.standard"));
    }
}
