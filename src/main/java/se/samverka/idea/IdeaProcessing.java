package se.samverka.idea;

import java.util.List;
import org.springframework.stereotype.Component;
import se.samverka.shared.ProcessingActivities;
import se.samverka.shared.ProcessingActivity;
import se.samverka.shared.ProcessingActivity.LegalBasis;

/** The personal data this module stores, for the record of processing activities. */
@Component
class IdeaProcessing implements ProcessingActivities {

    @Override
    public List<ProcessingActivity> activities() {
        return List.of(new ProcessingActivity(
                "idea",
                "idea.processing.ideas.name",
                "idea.processing.ideas.purpose",
                LegalBasis.PUBLIC_TASK,
                "idea.processing.ideas.persons",
                "idea.processing.ideas.data",
                null,
                "idea.processing.ideas.recipients",
                "idea.processing.ideas.retention",
                "processing.security.standard"));
    }
}
