package se.samverka.notification;

import java.util.List;
import org.springframework.stereotype.Component;
import se.samverka.shared.ProcessingActivities;
import se.samverka.shared.ProcessingActivity;
import se.samverka.shared.ProcessingActivity.LegalBasis;

/** The personal data this module stores, for the record of processing activities. */
@Component
class NotificationProcessing implements ProcessingActivities {

    @Override
    public List<ProcessingActivity> activities() {
        return List.of(new ProcessingActivity(
                "notification",
                "notification.processing.outbox.name",
                "notification.processing.outbox.purpose",
                LegalBasis.PUBLIC_TASK,
                "notification.processing.outbox.persons",
                "notification.processing.outbox.data",
                null,
                "notification.processing.outbox.recipients",
                "notification.processing.outbox.retention",
                "processing.security.standard"));
    }
}
