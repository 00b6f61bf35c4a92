package se.samverka.task;

import java.util.List;
import org.springframework.stereotype.Component;
import se.samverka.shared.ProcessingActivities;
import se.samverka.shared.ProcessingActivity;
import se.samverka.shared.ProcessingActivity.LegalBasis;

/** The personal data this module stores, for the record of processing activities. */
@Component
class TaskProcessing implements ProcessingActivities {

    @Override
    public List<ProcessingActivity> activities() {
        return List.of(new ProcessingActivity(
                "task",
                "task.processing.assignments.name",
                "task.processing.assignments.purpose",
                LegalBasis.PUBLIC_TASK,
                "task.processing.assignments.persons",
                "task.processing.assignments.data",
                null,
                "task.processing.assignments.recipients",
                "task.processing.assignments.retention",
                "processing.security.standard"));
    }
}
