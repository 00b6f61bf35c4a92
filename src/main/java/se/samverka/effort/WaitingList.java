package se.samverka.effort;

import java.time.Instant;
import org.springframework.stereotype.Component;

/** A shift's waiting list: a place that comes free goes to the first in line, who is told. */
@Component
class WaitingList {

    private final SignupRepository signups;
    private final ShiftRepository shifts;
    private final EffortRepository efforts;
    private final ShiftNotices notices;

    WaitingList(SignupRepository signups, ShiftRepository shifts, EffortRepository efforts, ShiftNotices notices) {
        this.signups = signups;
        this.shifts = shifts;
        this.efforts = efforts;
        this.notices = notices;
    }

    /**
     * Gives a free place to the first on the waiting list, who is told; returns whether anyone moved up. The caller
     * holds the shift's lock.
     */
    boolean moveUp(Shift shift, Instant now) {
        if (shift.cancelled()) {
            return false;
        }
        var waiting = signups.firstWaiting(shift.id());
        waiting.ifPresent(first -> {
            signups.status(first.id(), SignupStatus.CONFIRMED, null, now);
            shifts.confirmed(shift.id(), 1);
            signups.closeGap(shift.id(), first.position());
            var effort = efforts.find(shift.effortId()).orElseThrow();
            notices.tell(ShiftNotice.Reason.MOVED_UP, first.id(), first.volunteerId(), effort, shift, null);
        });
        return waiting.isPresent();
    }
}
