package se.samverka.effort;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import se.samverka.callout.CalloutClosings;
import se.samverka.callout.SubjectType;

/**
 * Stands down a shift's call-out once the shift is full or cancelled. After the commit and in its own
 * transaction, so that the shift lock and the call-out lock are never held in opposite orders.
 */
@Component
class ShiftClosedToCallouts {

    private final CalloutClosings calloutClosings;

    ShiftClosedToCallouts(CalloutClosings calloutClosings) {
        this.calloutClosings = calloutClosings;
    }

    @ApplicationModuleListener
    void on(ShiftNoLongerOpen event) {
        if (event.filled()) {
            calloutClosings.subjectFilled(SubjectType.EFFORT_NEED, event.shiftId());
        } else {
            calloutClosings.subjectClosed(SubjectType.EFFORT_NEED, event.shiftId());
        }
    }
}
