package se.samverka.resourcegroup;

import java.util.UUID;
import org.springframework.stereotype.Component;
import se.samverka.callout.CalloutTarget;
import se.samverka.callout.SubjectType;

/** What the asking engine fills for a group call-out: a place on its roll for each member who says yes. */
@Component
class GroupCalloutTarget implements CalloutTarget {

    private final Turnouts turnouts;

    GroupCalloutTarget(Turnouts turnouts) {
        this.turnouts = turnouts;
    }

    @Override
    public SubjectType subjectType() {
        return SubjectType.RESOURCE_GROUP;
    }

    @Override
    public boolean fill(UUID subjectId, UUID volunteerId) {
        return turnouts.fill(subjectId, volunteerId);
    }

    @Override
    public boolean isOpen(UUID subjectId) {
        return turnouts.isOpen(subjectId);
    }

    @Override
    public String coordinatorPath(UUID subjectId) {
        return turnouts.find(subjectId)
                .map(c -> "/samordning/grupper/" + c.groupId() + "/utkallningar/" + c.id())
                .orElse("/samordning/grupper");
    }
}
