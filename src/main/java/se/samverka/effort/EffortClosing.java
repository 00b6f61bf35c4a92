package se.samverka.effort;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import se.samverka.shared.NotFoundException;

/**
 * Ending things with everyone on them told: a cancelled shift cancels its sign-ups and stops its call-out; a closed
 * effort thanks those who took part and cancels the shifts still to come.
 */
@Component
class EffortClosing {

    private final EffortRepository efforts;
    private final ShiftRepository shifts;
    private final SignupRepository signups;
    private final ShiftNotices notices;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    EffortClosing(
            EffortRepository efforts,
            ShiftRepository shifts,
            SignupRepository signups,
            ShiftNotices notices,
            ApplicationEventPublisher events,
            Clock clock) {
        this.efforts = efforts;
        this.shifts = shifts;
        this.signups = signups;
        this.notices = notices;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Closes the effort: every volunteer confirmed on a shift that has started is thanked once, and the shifts
     * still to come are cancelled (everyone on them is told).
     */
    void close(UUID effortId) {
        var effort = efforts.find(effortId).orElseThrow(() -> new NotFoundException("Effort"));
        if (effort.isClosed()) {
            return;
        }
        for (var volunteerId : signups.tookPart(effortId, LocalDate.now(clock), LocalTime.now(clock))) {
            notices.tell(ShiftNotice.Reason.THANKS, effortId, volunteerId, effort, null, null);
        }
        for (var shift : shifts.of(effortId)) {
            if (!shift.cancelled() && !shift.hasStarted(clock.instant(), clock.getZone())) {
                cancelShift(shift.id());
            }
        }
        efforts.status(effortId, EffortStatus.CLOSED, clock.instant());
    }

    /** Cancels the shift; everyone on it, waiting or applying is told, and a call-out for it stops. */
    void cancelShift(UUID shiftId) {
        var shift = shifts.lock(shiftId).orElseThrow(() -> new NotFoundException("Shift"));
        if (shift.cancelled()) {
            return;
        }
        var effort = efforts.find(shift.effortId()).orElseThrow();
        var now = clock.instant();
        shifts.cancel(shiftId);
        for (var signup : signups.on(shiftId)) {
            if (signup.isLive()) {
                signups.status(signup.id(), SignupStatus.CANCELLED, null, now);
                notices.tell(ShiftNotice.Reason.SHIFT_CANCELLED, shiftId, signup.volunteerId(), effort, shift, null);
            }
        }
        events.publishEvent(new ShiftNoLongerOpen(shiftId, false));
    }
}
