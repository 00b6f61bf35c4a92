package se.samverka.effort;

import java.time.Clock;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.samverka.shared.NotFoundException;

/**
 * The coordinator's decision on an application to a shift that takes applications: approved, it gets a place if one
 * is left; rejected, it does not. The volunteer is told either way. Each decision locks the shift row first.
 */
@Service
class ShiftApplications {

    /** The shift is full: an application cannot be approved. */
    static class Full extends RuntimeException {
        Full() {
            super("Shift full");
        }
    }

    private final SignupRepository signups;
    private final ShiftRepository shifts;
    private final EffortRepository efforts;
    private final ShiftNotices notices;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ShiftApplications(
            SignupRepository signups,
            ShiftRepository shifts,
            EffortRepository efforts,
            ShiftNotices notices,
            ApplicationEventPublisher events,
            Clock clock) {
        this.signups = signups;
        this.shifts = shifts;
        this.efforts = efforts;
        this.notices = notices;
        this.events = events;
        this.clock = clock;
    }

    /** Approves the application: a place if one is left. */
    @Transactional
    void approve(UUID signupId) {
        var signup = signups.find(signupId).orElseThrow(() -> new NotFoundException("Sign-up"));
        var shift = shifts.lock(signup.shiftId()).orElseThrow();
        signup = signups.find(signupId).orElseThrow();
        if (signup.status() != SignupStatus.APPLIED) {
            return;
        }
        if (shift.isFull()) {
            throw new Full();
        }
        signups.status(signupId, SignupStatus.CONFIRMED, null, clock.instant());
        shifts.confirmed(shift.id(), 1);
        if (shift.placesLeft() == 1) {
            events.publishEvent(new ShiftNoLongerOpen(shift.id(), true));
        }
        var effort = efforts.find(shift.effortId()).orElseThrow();
        notices.tell(ShiftNotice.Reason.APPROVED, signupId, signup.volunteerId(), effort, shift, null);
    }

    @Transactional
    void reject(UUID signupId) {
        var signup = signups.find(signupId).orElseThrow(() -> new NotFoundException("Sign-up"));
        shifts.lock(signup.shiftId());
        signup = signups.find(signupId).orElseThrow();
        if (signup.status() != SignupStatus.APPLIED) {
            return;
        }
        signups.status(signupId, SignupStatus.REJECTED, null, clock.instant());
        var shift = shifts.find(signup.shiftId()).orElseThrow();
        var effort = efforts.find(shift.effortId()).orElseThrow();
        notices.tell(ShiftNotice.Reason.REJECTED, signupId, signup.volunteerId(), effort, shift, null);
    }
}
