package se.samverka.matching;

import java.util.List;
import org.springframework.stereotype.Component;
import se.samverka.shared.ProcessingActivities;
import se.samverka.shared.ProcessingActivity;
import se.samverka.shared.ProcessingActivity.LegalBasis;

/** The personal data this module stores, for the record of processing activities. */
@Component
class MatchingProcessing implements ProcessingActivities {

    @Override
    public List<ProcessingActivity> activities() {
        return List.of(new ProcessingActivity(
                "matching",
                "matching.processing.assignments.name",
                "matching.processing.assignments.purpose",
                LegalBasis.PUBLIC_TASK,
                "matching.processing.assignments.persons",
                "matching.processing.assignments.data",
                null,
                "matching.processing.assignments.recipients",
                "matching.processing.assignments.retention",
                "processing.security.standard"));
    }
}
