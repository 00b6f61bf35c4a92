package se.samverka.effort;

import java.util.UUID;
import org.springframework.stereotype.Component;
import se.samverka.callout.CalloutTarget;
import se.samverka.callout.SubjectType;

/** A call-out for a shift fills it by confirming a place for each volunteer who says yes, while places are left. */
@Component
class EffortShiftCallouts implements CalloutTarget {

    private final Efforts efforts;
    private final ShiftSignups signups;
    private final EffortPaths owners;

    EffortShiftCallouts(Efforts efforts, ShiftSignups signups, EffortPaths owners) {
        this.efforts = efforts;
        this.signups = signups;
        this.owners = owners;
    }

    @Override
    public SubjectType subjectType() {
        return SubjectType.EFFORT_NEED;
    }

    @Override
    public boolean fill(UUID subjectId, UUID volunteerId) {
        return signups.fillFromCallout(subjectId, volunteerId);
    }

    @Override
    public boolean isOpen(UUID subjectId) {
        var shift = efforts.shift(subjectId).orElse(null);
        if (shift == null || shift.isFull()) {
            return false;
        }
        return efforts.find(shift.effortId())
                .map(e -> efforts.takesSignups(e, shift))
                .orElse(false);
    }

    @Override
    public String coordinatorPath(UUID subjectId) {
        var shift = efforts.shift(subjectId).orElseThrow();
        var effort = efforts.find(shift.effortId()).orElseThrow();
        return owners.base(effort) + "/" + effort.id() + "/pass/" + shift.id();
    }
}
