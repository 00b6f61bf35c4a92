package se.samverka.helprequest;

import java.util.List;
import org.springframework.stereotype.Component;
import se.samverka.shared.ProcessingActivities;
import se.samverka.shared.ProcessingActivity;
import se.samverka.shared.ProcessingActivity.LegalBasis;

/** The personal data this module stores, for the record of processing activities. */
@Component
class HelprequestProcessing implements ProcessingActivities {

    @Override
    public List<ProcessingActivity> activities() {
        return List.of(new ProcessingActivity(
                "helprequest",
                "helprequest.processing.requests.name",
                "helprequest.processing.requests.purpose",
                LegalBasis.PUBLIC_TASK,
                "helprequest.processing.requests.persons",
                "helprequest.processing.requests.data",
                "helprequest.processing.requests.special",
                "helprequest.processing.requests.recipients",
                "helprequest.processing.requests.retention",
                "processing.security.standard"));
    }
}
