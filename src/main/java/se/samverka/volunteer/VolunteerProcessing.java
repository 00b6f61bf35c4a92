package se.samverka.volunteer;

import java.util.List;
import org.springframework.stereotype.Component;
import se.samverka.shared.ProcessingActivities;
import se.samverka.shared.ProcessingActivity;
import se.samverka.shared.ProcessingActivity.LegalBasis;

/** The personal data this module stores, for the record of processing activities. */
@Component
class VolunteerProcessing implements ProcessingActivities {

    @Override
    public List<ProcessingActivity> activities() {
        return List.of(new ProcessingActivity(
                "volunteer",
                "volunteer.processing.register.name",
                "volunteer.processing.register.purpose",
                LegalBasis.CONSENT,
                "volunteer.processing.register.persons",
                "volunteer.processing.register.data",
                null,
                "volunteer.processing.register.recipients",
                "volunteer.processing.register.retention",
                "processing.security.standard"));
    }
}
