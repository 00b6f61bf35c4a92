package se.samverka.eid;

import java.util.List;
import org.springframework.stereotype.Component;
import se.samverka.shared.ProcessingActivities;
import se.samverka.shared.ProcessingActivity;
import se.samverka.shared.ProcessingActivity.LegalBasis;

/** The personal data this module stores, for the record of processing activities. */
@Component
class EidProcessing implements ProcessingActivities {

    @Override
    public List<ProcessingActivity> activities() {
        return List.of(new ProcessingActivity(
                "eid",
                "eid.processing.name",
                "eid.processing.purpose",
                LegalBasis.CONSENT,
                "eid.processing.persons",
                "eid.processing.data",
                null,
                "eid.processing.recipients",
                "eid.processing.retention",
                "processing.security.standard"));
    }
}
