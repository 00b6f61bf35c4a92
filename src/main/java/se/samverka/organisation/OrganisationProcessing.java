package se.samverka.organisation;

import java.util.List;
import org.springframework.stereotype.Component;
import se.samverka.shared.ProcessingActivities;
import se.samverka.shared.ProcessingActivity;
import se.samverka.shared.ProcessingActivity.LegalBasis;

/** The personal data this module stores, for the record of processing activities. */
@Component
class OrganisationProcessing implements ProcessingActivities {

    @Override
    public List<ProcessingActivity> activities() {
        return List.of(new ProcessingActivity(
                "organisation",
                "organisation.processing.representatives.name",
                "organisation.processing.representatives.purpose",
                LegalBasis.LEGITIMATE_INTEREST,
                "organisation.processing.representatives.persons",
                "organisation.processing.representatives.data",
                null,
                "organisation.processing.representatives.recipients",
                "organisation.processing.representatives.retention",
                "processing.security.standard"));
    }
}
