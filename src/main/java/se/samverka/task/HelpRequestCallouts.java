package se.samverka.task;

import java.util.UUID;
import org.springframework.stereotype.Component;
import se.samverka.callout.CalloutTarget;
import se.samverka.callout.SubjectType;
import se.samverka.helprequest.HelpRequests;
import se.samverka.volunteer.Volunteers;

/** A call-out for a help request fills it by assigning the first volunteer who says yes. */
@Component
class HelpRequestCallouts implements CalloutTarget {

    private final HelpRequests helpRequests;
    private final Volunteers volunteers;
    private final Assignments assignments;

    HelpRequestCallouts(HelpRequests helpRequests, Volunteers volunteers, Assignments assignments) {
        this.helpRequests = helpRequests;
        this.volunteers = volunteers;
        this.assignments = assignments;
    }

    @Override
    public SubjectType subjectType() {
        return SubjectType.HELP_REQUEST;
    }

    @Override
    public boolean fill(UUID subjectId, UUID volunteerId) {
        var request = helpRequests.find(subjectId).orElse(null);
        var volunteer = volunteers.find(volunteerId).orElse(null);
        if (request == null || volunteer == null || !request.isAssignable()) {
            return false;
        }
        assignments.assign(request, volunteer, Assignments.VIA_CALLOUT, volunteer.name());
        return true;
    }

    @Override
    public boolean isOpen(UUID subjectId) {
        return helpRequests.find(subjectId).map(r -> r.isAssignable()).orElse(false);
    }

    @Override
    public String coordinatorPath(UUID subjectId) {
        return "/samordning/arenden/" + subjectId;
    }
}
